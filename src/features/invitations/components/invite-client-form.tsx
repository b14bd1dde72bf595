"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { TextField } from "~/components/ui/field";
import { fieldErrorsOf, readServerError, type TFieldErrors } from "~/lib/form-errors";
import { useTRPC } from "~/trpc/react";
import {
  INVITATION_DAYS,
  ZCreateInvitationRequestSchema,
  type TCreateInvitationResponse,
} from "../schema";

/** "Add a client": creates the invitation and shows its accept link to copy. */
export function InviteClientForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.invitations.create.mutationOptions());
  const [fieldErrors, setFieldErrors] = useState<TFieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [created, setCreated] = useState<TCreateInvitationResponse | null>(null);
  const [copied, setCopied] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const parsed = ZCreateInvitationRequestSchema.safeParse({
      email: form.get("email"),
      name: form.get("name"),
    });
    setMessage(null);
    setCopied(false);
    if (!parsed.success) {
      setFieldErrors(fieldErrorsOf(parsed.error));
      return;
    }
    setFieldErrors({});
    try {
      setCreated(await create.mutateAsync(parsed.data));
      formElement.reset();
      router.refresh();
    } catch (error) {
      const server = readServerError(error);
      setFieldErrors(server.fieldErrors);
      setMessage(server.message);
    }
  }

  async function copy() {
    if (!created) return;
    try {
      await navigator.clipboard.writeText(created.acceptUrl);
      setCopied(true);
    } catch {
      setMessage("Copying is blocked in this browser. Select the link and copy it yourself.");
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
        <Alert tone="success">
          <div className="flex flex-col gap-2">
            <p>
              {created.refreshed ? "A fresh link replaces the earlier one." : "Invitation created."}{" "}
              Send this link to your client; it works for {INVITATION_DAYS} days.
            </p>
            <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
              <label htmlFor="accept-link" className="sr-only">
                Accept link
              </label>
              <input
                id="accept-link"
                readOnly
                value={created.acceptUrl}
                onFocus={(e) => e.currentTarget.select()}
                className="min-h-11 flex-1 rounded-lg border border-slate-400 bg-white px-3 font-mono text-sm text-slate-900"
              />
              <Button variant="secondary" onClick={copy}>
                {copied ? "Copied" : "Copy link"}
              </Button>
            </div>
          </div>
        </Alert>
      ) : null}
    </section>
  );
}
