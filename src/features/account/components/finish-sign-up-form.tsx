"use client";

import { useMutation } from "~/trpc/use-mutation";
import { useRouter } from "next/navigation";
import { Form, FormMessage, SubmitButton, useZodForm } from "~/components/ui/form";
import { NewPasswordField } from "./account-fields";
import { signInNewAccount } from "./sign-in-new-account";

/** The sign-up link's page: the password, then straight to the caseload, signed in. */
export function FinishSignUpForm({ token }: { token: string }) {
  const router = useRouter();
  const finish = useMutation((api) => api.account.finishSignUp);
  const form = useZodForm(async () => (await import("../schema")).ZPasswordFromLinkRequestSchema, {
    defaultValues: { token, password: "" },
  });
  return (
    <Form
      form={form}
      className="flex flex-col gap-4"
      onSubmit={async (request) => {
        const { email } = await finish.mutateAsync(request);
        await signInNewAccount(router, { email, password: request.password }, "/therapist");
      }}
    >
      <FormMessage />
      <NewPasswordField />
      <SubmitButton label="Create my account" pendingLabel="Creating your account…" />
    </Form>
  );
}
