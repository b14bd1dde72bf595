"use client";

import Link from "next/link";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { TextField } from "~/components/ui/field";
import { fieldErrorsOf, readServerError, type TFieldErrors } from "~/lib/form-errors";
import { useTRPC } from "~/trpc/react";
import { PASSWORD_MIN_LENGTH, ZSignUpRequestSchema } from "../schema";

export function SignUpForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const signUp = useMutation(trpc.account.signUp.mutationOptions());
  const [fieldErrors, setFieldErrors] = useState<TFieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = ZSignUpRequestSchema.safeParse({
      name: form.get("name"),
      email: form.get("email"),
      password: form.get("password"),
    });
    if (!parsed.success) {
      setFieldErrors(fieldErrorsOf(parsed.error));
      setMessage(null);
      return;
    }
    setFieldErrors({});
    setMessage(null);
    try {
      await signUp.mutateAsync(parsed.data);
    } catch (error) {
      const server = readServerError(error);
      setFieldErrors(server.fieldErrors);
      setMessage(server.message);
      return;
    }
    const result = await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirect: false,
    });
    router.replace(result?.ok ? "/therapist" : "/sign-in");
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {message ? <Alert tone="error">{message}</Alert> : null}
      <TextField
        label="Your name"
        name="name"
        autoComplete="name"
        required
        errors={fieldErrors.name}
      />
      <TextField
        label="Work email"
        name="email"
        type="email"
        autoComplete="email"
        required
        errors={fieldErrors.email}
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        help={`At least ${PASSWORD_MIN_LENGTH} characters. A short sentence is easy to remember and hard to guess.`}
        required
        errors={fieldErrors.password}
      />
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
