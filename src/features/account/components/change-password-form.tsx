"use client";

import { useMutation } from "~/trpc/use-mutation";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "~/components/ui/alert";
import { TextField } from "~/components/ui/field";
import { Form, FormMessage, SubmitButton, useZodForm } from "~/components/ui/form";
import { NewPasswordField } from "./account-fields";

/** A new password (or a first one, for an account that only had emailed links). */
export function ChangePasswordForm({ hasPassword }: { hasPassword: boolean }) {
  const router = useRouter();
  const change = useMutation((api) => api.account.changePassword);
  const form = useZodForm(async () => (await import("../schema")).ZChangePasswordRequestSchema, {
    defaultValues: { currentPassword: "", password: "" },
  });
  const [ended, setEnded] = useState<number | null>(null);
  return (
    <Form
      form={form}
      className="flex flex-col gap-4"
      onSubmit={async (request) => {
        setEnded(null);
        const result = await change.mutateAsync(request);
        form.reset({ currentPassword: "", password: "" });
        setEnded(result.otherSessionsEnded);
        router.refresh();
      }}
    >
      <FormMessage />
      {hasPassword ? (
        <TextField
          label="Current password"
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
        />
      ) : null}
      <NewPasswordField label={hasPassword ? "New password" : "Choose a password"} />
      {ended !== null && !form.formState.isDirty ? (
        <Alert tone="success">
          Your password is changed.{" "}
          {ended > 0
            ? "You are signed out everywhere else; sign in there with the new one."
            : "You were not signed in anywhere else."}
        </Alert>
      ) : null}
      <SubmitButton
        label={hasPassword ? "Change password" : "Set password"}
        pendingLabel="Saving…"
        className="self-start"
      />
    </Form>
  );
}
