"use client";

import { useMutation } from "~/trpc/use-mutation";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "~/components/ui/alert";
import { TextField } from "~/components/ui/field";
import { Form, FormMessage, SubmitButton, useZodForm } from "~/components/ui/form";
import { INVITATION_DAYS } from "../constants";

/**
 * "Add a client": creates the invitation, which is emailed to the client. The link is never shown
 * here: whoever holds it can set up the account, so the email is the proof of the address.
 */
export function InviteClientForm() {
  const router = useRouter();
  const create = useMutation((api) => api.invitations.create);
  const form = useZodForm(async () => (await import("../schema")).ZCreateInvitationRequestSchema, {
    defaultValues: { name: "", email: "" },
  });
  const [sent, setSent] = useState<{ email: string; resent: boolean } | null>(null);

  return (
    <section aria-labelledby="add-client-heading" className="flex flex-col gap-4">
      <h2 id="add-client-heading" className="text-xl font-semibold">
        Add a client
      </h2>
      <Form
        form={form}
        className="flex flex-col gap-4"
        onSubmit={async (request) => {
          setSent(null);
          const { resent } = await create.mutateAsync(request);
          setSent({ email: request.email, resent });
          form.reset();
          router.refresh();
        }}
      >
        <div className="grid gap-4 sm:grid-cols-[1fr_1fr_auto]">
          <TextField label="Client's name" name="name" autoComplete="off" />
          <TextField label="Client's email" name="email" type="email" autoComplete="off" />
          <SubmitButton label="Send invitation" pendingLabel="Sending…" className="self-end" />
        </div>
        <FormMessage />
      </Form>
      {sent ? (
        <Alert tone="success">
          {sent.resent
            ? `A new invitation is on its way to ${sent.email}; the link in the earlier one stops working.`
            : `The invitation is on its way to ${sent.email}.`}{" "}
          Its link works for {INVITATION_DAYS} days; the list below shows when it has gone out.
        </Alert>
      ) : null}
    </section>
  );
}
