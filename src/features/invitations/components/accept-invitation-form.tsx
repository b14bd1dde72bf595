"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { NameField, NewPasswordField } from "~/features/account/components/account-fields";
import { signInNewAccount } from "~/features/account/components/sign-in-new-account";
import { useFormErrors } from "~/lib/use-form-errors";
import { useTRPC } from "~/trpc/react";
import { ZAcceptInvitationRequestSchema } from "../schema";
import { TimeZoneSelect } from "./time-zone-select";

/** New client: name, zone and password; the account is created, then signed in. */
export function AcceptInvitationForm({ token, name }: { token: string; name: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const accept = useMutation(trpc.invitations.accept.mutationOptions());
  const { fieldErrors, message, check, refuse } = useFormErrors(ZAcceptInvitationRequestSchema);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const request = check({
      token,
      name: form.get("name"),
      timeZone: form.get("timeZone"),
      password: form.get("password"),
    });
    if (!request) return;
    let email: string;
    try {
      ({ email } = await accept.mutateAsync(request));
    } catch (error) {
      refuse(error);
      return;
    }
    await signInNewAccount(router, { email, password: request.password }, "/portal");
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {message ? <Alert tone="error">{message}</Alert> : null}
      <NameField defaultValue={name} errors={fieldErrors.name} />
      <TimeZoneSelect name="timeZone" errors={fieldErrors.timeZone} />
      <NewPasswordField label="Choose a password" errors={fieldErrors.password} />
      {fieldErrors.token ? <Alert tone="error">{fieldErrors.token.join(" ")}</Alert> : null}
      <Button type="submit" disabled={accept.isPending}>
        {accept.isPending ? "Setting up your account…" : "Accept and create account"}
      </Button>
    </form>
  );
}
