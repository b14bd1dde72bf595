"use client";

import Link from "next/link";
import { useState } from "react";
import { useMutation } from "~/trpc/use-mutation";
import { Alert } from "~/components/ui/alert";
import { CheckboxField } from "~/components/ui/field";
import { Form, FormMessage, SubmitButton, useZodForm } from "~/components/ui/form";
import { THERAPIST_TERMS } from "~/lib/notices";
import { EmailField, NameField } from "./account-fields";
import { NoticeView } from "./notice-view";
import { TimeZoneSelect } from "./time-zone-select";

/**
 * The first step of a therapist's sign-up. The answer is the same for any address: the email
 * says what happens next (choose a password, or: you already have an account).
 */
export function SignUpForm() {
  const signUp = useMutation((api) => api.account.signUp);
  const form = useZodForm(async () => (await import("../schema")).ZSignUpRequestSchema, {
    defaultValues: { name: "", email: "", timeZone: "" },
  });
  const [sentTo, setSentTo] = useState<string | null>(null);

  if (sentTo) {
    return (
      <Alert tone="success">
        <p className="font-semibold">Check your email to continue.</p>
        <p className="mt-1">
          We sent a message to {sentTo}. Its link works for 24 hours. Nothing there? Check your spam
          folder, or sign up again to get a new one.
        </p>
      </Alert>
    );
  }
  return (
    <Form
      form={form}
      className="flex flex-col gap-4"
      onSubmit={async (request) => {
        await signUp.mutateAsync(request);
        setSentTo(request.email);
      }}
    >
      <FormMessage />
      <NameField />
      <EmailField label="Work email" />
      <TimeZoneSelect name="timeZone" help="Dates and times you see follow this zone." />
      <NoticeView notice={THERAPIST_TERMS} />
      <CheckboxField
        name="acceptsTerms"
        label="I have read the terms for therapists and agree to them"
      />
      <SubmitButton label="Continue" pendingLabel="Sending…" />
      <p className="text-sm text-slate-700">
        Already have an account?{" "}
        <Link href="/sign-in" className="font-semibold text-brand-800 underline">
          Sign in
        </Link>
      </p>
    </Form>
  );
}
