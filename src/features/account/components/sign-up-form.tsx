"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { useFormErrors } from "~/lib/use-form-errors";
import { useTRPC } from "~/trpc/react";
import { ZSignUpRequestSchema } from "../schema";
import { EmailField, NameField, NewPasswordField } from "./account-fields";
import { signInNewAccount } from "./sign-in-new-account";

export function SignUpForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const signUp = useMutation(trpc.account.signUp.mutationOptions());
  const { fieldErrors, message, check, refuse } = useFormErrors(ZSignUpRequestSchema);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const request = check({
      name: form.get("name"),
      email: form.get("email"),
      password: form.get("password"),
    });
    if (!request) return;
    try {
      await signUp.mutateAsync(request);
    } catch (error) {
      refuse(error);
      return;
    }
    await signInNewAccount(router, request, "/therapist");
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {message ? <Alert tone="error">{message}</Alert> : null}
      <NameField errors={fieldErrors.name} />
      <EmailField label="Work email" errors={fieldErrors.email} />
      <NewPasswordField errors={fieldErrors.password} />
      <Button type="submit" disabled={signUp.isPending}>
        {signUp.isPending ? "Creating your account…" : "Create therapist account"}
      </Button>
      <p className="text-sm text-slate-700">
        Already have an account?{" "}
        <Link href="/sign-in" className="font-semibold text-brand-800 underline">
          Sign in
        </Link>
      </p>
    </form>
  );
}
