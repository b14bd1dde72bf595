"use client";

import { useMutation } from "~/trpc/use-mutation";
import { signOut } from "~/lib/auth-client";
import { useRouter } from "next/navigation";
import { TextField } from "~/components/ui/field";
import { Form, FormMessage, SubmitButton, useZodForm } from "~/components/ui/form";

/** The last step of deleting an account: the client types their own email, then it is gone. */
export function DeleteAccountForm({ email }: { email: string }) {
  const router = useRouter();
  const remove = useMutation((api) => api.account.deleteAccount);
  const form = useZodForm(async () => (await import("../schema")).ZDeleteAccountRequestSchema, {
    defaultValues: { email: "" },
  });
  return (
    <Form
      form={form}
      className="flex flex-col gap-4"
      onSubmit={async (request) => {
        await remove.mutateAsync(request);
        // The session went with the account; this clears the cookie and what the tab stored.
        await signOut();
        router.replace("/account-deleted");
      }}
    >
      <FormMessage />
      <TextField
        label="Type your email address to confirm"
        name="email"
        type="email"
        autoComplete="off"
        help={`You sign in with ${email}.`}
        required
      />
      <SubmitButton
        label="Delete my account and everything I wrote"
        pendingLabel="Deleting…"
        variant="danger"
      />
    </Form>
  );
}
