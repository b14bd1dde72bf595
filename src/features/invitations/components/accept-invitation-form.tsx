"use client";

import { useMutation } from "@tanstack/react-query";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { TextField } from "~/components/ui/field";
import { PASSWORD_MIN_LENGTH } from "~/features/account/schema";
import { fieldErrorsOf, readServerError, type TFieldErrors } from "~/lib/form-errors";
import { useTRPC } from "~/trpc/react";
import { ZAcceptInvitationRequestSchema } from "../schema";
import { TimeZoneSelect } from "./time-zone-select";

/** New client: name, zone and password; the account is created, then signed in. */
export function AcceptInvitationForm({ token, name }: { token: string; name: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const accept = useMutation(trpc.invitations.accept.mutationOptions());
  const [fieldErrors, setFieldErrors] = useState<TFieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = ZAcceptInvitationRequestSchema.safeParse({
      token,
      name: form.get("name"),
      timeZone: form.get("timeZone"),
      password: form.get("password"),
    });
    setMessage(null);
    if (!parsed.success) {
      setFieldErrors(fieldErrorsOf(parsed.error));
      return;
    }
    setFieldErrors({});
    let email: string;
    try {
      ({ email } = await accept.mutateAsync(parsed.data));
    } catch (error) {
      const server = readServerError(error);
      setFieldErrors(server.fieldErrors);
      setMessage(server.message);
      return;
    }
    const result = await signIn("credentials", {
      email,
      password: parsed.data.password,
      redirect: false,
    });
    router.replace(result?.ok ? "/portal" : "/sign-in");
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {message ? <Alert tone="error">{message}</Alert> : null}
      <TextField
        label="Your name"
        name="name"
        defaultValue={name}
        autoComplete="name"
        required
        errors={fieldErrors.name}
      />
      <TimeZoneSelect name="timeZone" errors={fieldErrors.timeZone} />
      <TextField
        label="Choose a password"
        name="password"
        type="password"
        autoComplete="new-password"
        help={`At least ${PASSWORD_MIN_LENGTH} characters. A short sentence is easy to remember.`}
        required
        errors={fieldErrors.password}
      />
      {fieldErrors.token ? <Alert tone="error">{fieldErrors.token.join(" ")}</Alert> : null}
      <Button type="submit" disabled={accept.isPending}>
        {accept.isPending ? "Setting up your account…" : "Accept and create account"}
      </Button>
    </form>
  );
}
