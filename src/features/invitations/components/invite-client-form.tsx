"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { TextField } from "~/components/ui/field";
import { useFormErrors } from "~/lib/use-form-errors";
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
  const { fieldErrors, message, check, refuse } = useFormErrors(ZCreateInvitationRequestSchema);
  const [created, setCreated] = useState<TCreateInvitationResponse | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const request = check({ email: form.get("email"), name: form.get("name") });
    if (!request) return;
    try {
      setCreated(await create.mutateAsync(request));
      formElement.reset();
      router.refresh();
    } catch (error) {
      refuse(error);
    }
  }

  return (
    <section aria-labelledby="add-client-heading" className="flex flex-col gap-4">
      <h2 id="add-client-heading" className="text-xl font-semibold">
        Add a client
      </h2>
      <form onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-[1fr_1fr_auto]">
        <TextField label="Client's name" name="name" autoComplete="off" errors={fieldErrors.name} />
        <TextField
          label="Client's email"
          name="email"
          type="email"
          autoComplete="off"
          errors={fieldErrors.email}
        />
        <Button type="submit" className="self-end" disabled={create.isPending}>
          {create.isPending ? "Creating…" : "Create invitation"}
        </Button>
      </form>
      {message ? <Alert tone="error">{message}</Alert> : null}
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
