"use client";

import { useMutation } from "~/trpc/use-mutation";
import { useState } from "react";
import { Alert } from "~/components/ui/alert";
import { CheckboxField } from "~/components/ui/field";
import { Form, FormMessage, SubmitButton, useZodForm } from "~/components/ui/form";
import type { TDigestPrefs } from "../schema";

/** A therapist's email settings: the daily summary. */
export function DigestSettingsForm({ prefs }: { prefs: TDigestPrefs }) {
  const update = useMutation((api) => api.account.updateDigestPrefs);
  const form = useZodForm(async () => (await import("../schema")).ZUpdateDigestPrefsRequestSchema, {
    defaultValues: prefs,
  });
  const [saved, setSaved] = useState(false);
  return (
    <Form
      form={form}
      className="flex flex-col gap-4"
      onSubmit={async (request) => {
        setSaved(false);
        await update.mutateAsync(request);
        form.reset(request);
        setSaved(true);
      }}
    >
      <FormMessage />
      <CheckboxField
        name="digestOn"
        label="A daily summary email"
        help="Each morning when there is something new: how many flags were raised and how much work is waiting for you, with a link to your caseload. It names no client and quotes nothing they wrote."
      />
      {saved && !form.formState.isDirty ? <Alert tone="success">Saved.</Alert> : null}
      <SubmitButton label="Save email settings" pendingLabel="Saving…" className="self-start" />
    </Form>
  );
}
