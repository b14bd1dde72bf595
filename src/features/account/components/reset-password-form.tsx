"use client";

import { useMutation } from "~/trpc/use-mutation";
import Link from "next/link";
import { useState } from "react";
import { Alert } from "~/components/ui/alert";
import { Form, FormMessage, SubmitButton, useZodForm } from "~/components/ui/form";
import { NewPasswordField } from "./account-fields";

/** The new password from a reset link; afterwards every device signs in again. */
export function ResetPasswordForm({ token }: { token: string }) {
  const reset = useMutation((api) => api.account.resetPassword);
  const form = useZodForm(async () => (await import("../schema")).ZPasswordFromLinkRequestSchema, {
    defaultValues: { token, password: "" },
  });
  const [done, setDone] = useState(false);

  if (done) {
    return (
      <Alert tone="success">
        Your password is changed, and you are signed out on every device.{" "}
        <Link href="/sign-in" className="font-semibold underline">
          Sign in with the new password
        </Link>
      </Alert>
    );
  }
  return (
    <Form
      form={form}
      className="flex flex-col gap-4"
      onSubmit={async (request) => {
        await reset.mutateAsync(request);
        setDone(true);
      }}
    >
      <FormMessage />
      <NewPasswordField label="New password" />
      <SubmitButton label="Save the new password" pendingLabel="Saving…" />
    </Form>
  );
}
