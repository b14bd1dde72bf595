"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { TextField } from "~/components/ui/field";
import { Form, FormMessage, SubmitButton, useZodForm } from "~/components/ui/form";
import { useTRPC } from "~/trpc/react";
import {
  INVITATION_DAYS,
  ZCreateInvitationRequestSchema,
  type TCreateInvitationResponse,
} from "../schema";
import { InvitationLink } from "./invitation-link";

/** "Add a client": creates the invitation and shows its accept link to copy. */
export function InviteClientForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.invitations.create.mutationOptions());
  const form = useZodForm(ZCreateInvitationRequestSchema, {
    defaultValues: { name: "", email: "" },
  });
  const [created, setCreated] = useState<TCreateInvitationResponse | null>(null);

  return (
    <section aria-labelledby="add-client-heading" className="flex flex-col gap-4">
      <h2 id="add-client-heading" className="text-xl font-semibold">
        Add a client
      </h2>
      <Form
        form={form}
        className="flex flex-col gap-4"
        onSubmit={async (request) => {
          setCreated(await create.mutateAsync(request));
          form.reset();
          router.refresh();
        }}
      >
        <div className="grid gap-4 sm:grid-cols-[1fr_1fr_auto]">
          <TextField label="Client's name" name="name" autoComplete="off" />
          <TextField label="Client's email" name="email" type="email" autoComplete="off" />
          <SubmitButton label="Create invitation" pendingLabel="Creating…" className="self-end" />
        </div>
        <FormMessage />
      </Form>
      {created ? (
        // Keyed by link: a second invitation shows "Copy link" again, not the last "Copied".
        <InvitationLink key={created.acceptUrl} url={created.acceptUrl} label="Accept link">
          {created.refreshed ? "A fresh link replaces the earlier one." : "Invitation created."}{" "}
          Send this link to your client; it works for {INVITATION_DAYS} days.
        </InvitationLink>
      ) : null}
    </section>
  );
}
