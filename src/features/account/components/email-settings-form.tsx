"use client";

import { useMutation } from "~/trpc/use-mutation";
import { useState } from "react";
import { Alert } from "~/components/ui/alert";
import { CheckboxField, Field, TextField, controlClass } from "~/components/ui/field";
import { Form, FormMessage, SubmitButton, useZodForm } from "~/components/ui/form";
import type { TNotificationPrefs } from "../schema";

const MORNING_HOURS = [5, 6, 7, 8, 9, 10, 11, 12];

/**
 * A client's email settings. Signed in, or, with `token`, from the link in an email (no sign-in:
 * the link is the key, and it can change these settings only).
 */
export function EmailSettingsForm({ prefs, token }: { prefs: TNotificationPrefs; token?: string }) {
  const signedIn = useMutation((api) => api.account.updateNotificationPrefs);
  const byLink = useMutation((api) => api.account.updateEmailSettingsByToken);
  const form = useZodForm(
    async () => (await import("../schema")).ZUpdateNotificationPrefsRequestSchema,
    { defaultValues: prefs },
  );
  const [saved, setSaved] = useState(false);

  return (
    <Form
      form={form}
      className="flex flex-col gap-6"
      onSubmit={async (request) => {
        setSaved(false);
        if (token) await byLink.mutateAsync({ token, prefs: request });
        else await signedIn.mutateAsync(request);
        form.reset(request);
        setSaved(true);
      }}
    >
      <FormMessage />
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-2 text-lg font-semibold">What we email you</legend>
        <CheckboxField
          name="remindersOn"
          label="Reminders about homework"
          help="Your therapist chooses when a task reminds you; this turns all reminders off or on."
        />
        <CheckboxField
          name="feedbackEmailsOn"
          label="A note when your therapist leaves feedback"
          help="The note only says there is something new; the feedback itself stays in Trust Steps."
        />
        <CheckboxField
          name="showTaskNames"
          label="Show task names in emails"
          help="Off, emails only say that something is waiting. Turn on only if nobody else reads your email or sees your lock screen."
        />
      </fieldset>
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-lg font-semibold">When</legend>
        <Field
          name="morningHour"
          label="Morning reminders come at"
          help="For a task due that day, if your therapist chose a morning reminder."
        >
          {(control) => (
            <select
              {...control}
              {...form.register("morningHour", { valueAsNumber: true })}
              className={`min-h-11 ${controlClass}`}
            >
              {MORNING_HOURS.map((hour) => (
                <option key={hour} value={hour}>
                  {String(hour).padStart(2, "0")}:00
                </option>
              ))}
            </select>
          )}
        </Field>
        <p className="text-sm text-slate-700">
          Quiet hours: no email comes between these times; a reminder that would waits until they
          end. The same time twice means no quiet hours.
        </p>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField name="quietFrom" label="Quiet from" type="time" />
          <TextField name="quietUntil" label="Quiet until" type="time" />
        </div>
      </fieldset>
      {saved && !form.formState.isDirty ? (
        <Alert tone="success">Saved. Reminders already planned follow the new settings.</Alert>
      ) : null}
      <SubmitButton label="Save email settings" pendingLabel="Saving…" className="self-start" />
    </Form>
  );
}
