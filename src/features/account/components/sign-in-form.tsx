"use client";

import Link from "next/link";
import { signIn } from "~/lib/auth-client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "~/components/ui/alert";
import { TextField } from "~/components/ui/field";
import { Form, FormMessage, showMessage, SubmitButton, useZodForm } from "~/components/ui/form";
import { isSignInError, SIGN_IN_ERRORS } from "~/server/auth/sign-in-errors";
import { EmailField } from "./account-fields";

export function SignInForm({ callbackUrl, notice }: { callbackUrl: string; notice?: string }) {
  const router = useRouter();
  const form = useZodForm(
    async () => (await import("~/server/auth/credentials")).ZSignInRequestSchema,
    { defaultValues: { email: "", password: "" } },
  );
  // Shown once the server says the account has two-step sign-in.
  const [askCode, setAskCode] = useState(false);

  return (
    <Form
      form={form}
      className="flex flex-col gap-4"
      onSubmit={async (request) => {
        const result = await signIn("credentials", {
          ...request,
          code: request.code ?? "",
        });
        if (!result?.ok) {
          const error = result?.error ?? "";
          if (error === "SecondStep" || error === "WrongCode") setAskCode(true);
          showMessage(form, SIGN_IN_ERRORS[isSignInError(error) ? error : "CredentialsSignin"]);
          return;
        }
        router.replace(callbackUrl);
        router.refresh();
      }}
    >
      {notice ? <Alert tone="info">{notice}</Alert> : null}
      <FormMessage />
      <EmailField />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
      />
      {askCode ? (
        <TextField
          label="Code from your authenticator app"
          name="code"
          autoComplete="one-time-code"
          inputMode="numeric"
          help="Or one of your recovery codes."
        />
      ) : null}
      <SubmitButton label="Sign in" pendingLabel="Signing in…" />
      <p className="flex flex-wrap gap-x-4 gap-y-2 text-sm">
        <Link href="/forgot-password" className="font-semibold text-brand-800 underline">
          Forgot your password?
        </Link>
        <Link href="/sign-in/email-link" className="font-semibold text-brand-800 underline">
          Email me a sign-in link instead
        </Link>
      </p>
      <p className="text-sm text-slate-700">
        Therapist without an account?{" "}
        <Link href="/sign-up" className="font-semibold text-brand-800 underline">
          Create one
        </Link>
      </p>
    </Form>
  );
}
