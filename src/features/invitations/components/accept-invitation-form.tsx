"use client";

import { useMutation } from "~/trpc/use-mutation";
import { useRouter } from "next/navigation";
import { Alert } from "~/components/ui/alert";
import { CheckboxField, useFieldErrors } from "~/components/ui/field";
import { Form, FormMessage, SubmitButton, useZodForm } from "~/components/ui/form";
import { NameField, NewPasswordField } from "~/features/account/components/account-fields";
import { signIn } from "~/lib/auth-client";
import { NoticeView } from "~/features/account/components/notice-view";
import { TimeZoneSelect } from "~/features/account/components/time-zone-select";
import { PRIVACY_NOTICE } from "~/lib/notices";

/**
 * New client: name, zone and, if they like, a password; the account is created, then signed in
 * with the one-time token the accept returns.
 */
export function AcceptInvitationForm({ token, name }: { token: string; name: string }) {
  const router = useRouter();
  const accept = useMutation((api) => api.invitations.accept);
  // The token is part of the request the form checks; it has no input, so its message is below.
  const form = useZodForm(async () => (await import("../schema")).ZAcceptInvitationRequestSchema, {
    defaultValues: { token, name, timeZone: "", password: "" },
  });

  return (
    <Form
      form={form}
      className="flex flex-col gap-4"
      onSubmit={async (request) => {
        const { signInToken } = await accept.mutateAsync(request);
        const result = await signIn("email-link", { token: signInToken });
        router.replace(result?.ok ? "/portal" : "/sign-in");
        router.refresh();
      }}
    >
      <FormMessage />
      <NameField />
      <TimeZoneSelect name="timeZone" />
      <NewPasswordField label="Choose a password (optional)" optional />
      <NoticeView notice={PRIVACY_NOTICE} />
      <CheckboxField
        name="acceptsNotice"
        label="I have read how Trust Steps handles my information and agree"
      />
      <TokenErrors />
      <SubmitButton label="Accept and create account" pendingLabel="Setting up your account…" />
    </Form>
  );
}

function TokenErrors() {
  const errors = useFieldErrors("token");
  return errors ? <Alert tone="error">{errors.join(" ")}</Alert> : null;
}
