"use client";

import Link from "next/link";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { TextField } from "~/components/ui/field";
import { useFormErrors } from "~/lib/use-form-errors";
import { SIGN_IN_ERRORS, ZSignInRequestSchema } from "~/server/auth/credentials";
import { EmailField } from "./account-fields";

export function SignInForm({ callbackUrl, notice }: { callbackUrl: string; notice?: string }) {
  const router = useRouter();
  const { fieldErrors, message, setMessage, check } = useFormErrors(ZSignInRequestSchema);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const request = check({ email: form.get("email"), password: form.get("password") });
    if (!request) return;
    setPending(true);
    try {
      const result = await signIn("credentials", { ...request, redirect: false });
      if (!result?.ok) {
        setMessage(
          result?.error === "RateLimited"
            ? SIGN_IN_ERRORS.RateLimited
            : SIGN_IN_ERRORS.CredentialsSignin,
        );
        return;
      }
      router.replace(callbackUrl);
      router.refresh();
    } catch {
      setMessage("Could not reach the server. Check your connection and try again.");
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {notice ? <Alert tone="info">{notice}</Alert> : null}
      {message ? <Alert tone="error">{message}</Alert> : null}
      <EmailField errors={fieldErrors.email} />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        errors={fieldErrors.password}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
      <p className="text-sm text-slate-700">
        Therapist without an account?{" "}
        <Link href="/sign-up" className="font-semibold text-brand-800 underline">
          Create one
        </Link>
      </p>
    </form>
  );
}
