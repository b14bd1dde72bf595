"use client";

import { useMutation } from "~/trpc/use-mutation";
import { useState } from "react";
import { Alert } from "~/components/ui/alert";
import { Form, FormMessage, SubmitButton, useZodForm } from "~/components/ui/form";
import { EmailField } from "./account-fields";

const SENT: Record<"password-reset" | "sign-in-link", (email: string) => string> = {
  "password-reset": (email) =>
    `If ${email} belongs to an account, a link to choose a new password is on its way. It works for 30 minutes.`,
  "sign-in-link": (email) =>
    `If ${email} belongs to an account, a sign-in link is on its way. It works once, for 15 minutes.`,
};

/**
 * Asks for an emailed link. The answer is the same whether the address has an account or not, so
 * the form reveals nothing about who uses Trust Steps.
 */
export function EmailLinkRequestForm({ kind }: { kind: "password-reset" | "sign-in-link" }) {
  const reset = useMutation((api) => api.account.requestPasswordReset);
  const signIn = useMutation((api) => api.account.requestSignInLink);
  const form = useZodForm(async () => (await import("../schema")).ZEmailLinkRequestSchema, {
    defaultValues: { email: "" },
  });
  const [sentTo, setSentTo] = useState<string | null>(null);

  return (
    <Form
      form={form}
      className="flex flex-col gap-4"
      onSubmit={async (request) => {
        setSentTo(null);
        await (kind === "password-reset" ? reset : signIn).mutateAsync(request);
        setSentTo(request.email);
      }}
    >
      <FormMessage />
      {sentTo ? (
        <Alert tone="success">
          {SENT[kind](sentTo)} Check your spam folder if it does not arrive in a few minutes.
        </Alert>
      ) : null}
      <EmailField />
      <SubmitButton
        label={kind === "password-reset" ? "Email me a reset link" : "Email me a sign-in link"}
        pendingLabel="Sending…"
      />
    </Form>
  );
}
