"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { Form, FormMessage, SubmitButton, useZodForm } from "~/components/ui/form";
import { useTRPC } from "~/trpc/react";
import { ZSignUpRequestSchema } from "../schema";
import { EmailField, NameField, NewPasswordField } from "./account-fields";
import { signInNewAccount } from "./sign-in-new-account";

export function SignUpForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const signUp = useMutation(trpc.account.signUp.mutationOptions());
  const form = useZodForm(ZSignUpRequestSchema, {
    defaultValues: { name: "", email: "", password: "" },
  });

  return (
    <Form
      form={form}
      className="flex flex-col gap-4"
      onSubmit={async (request) => {
        await signUp.mutateAsync(request);
        await signInNewAccount(router, request, "/therapist");
      }}
    >
      <FormMessage />
      <NameField />
      <EmailField label="Work email" />
      <NewPasswordField />
      <SubmitButton label="Create therapist account" pendingLabel="Creating your account…" />
      <p className="text-sm text-slate-700">
        Already have an account?{" "}
        <Link href="/sign-in" className="font-semibold text-brand-800 underline">
          Sign in
        </Link>
      </p>
    </Form>
  );
}
