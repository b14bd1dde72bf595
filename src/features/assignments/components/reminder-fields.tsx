"use client";

import { CheckboxField, Field, controlClass } from "~/components/ui/field";
import { useFormContext } from "react-hook-form";
import type { TReminderRules } from "../reminders";
import { HOURS_BEFORE_CHOICES } from "../constants";

/** Form state: the select holds text ("" for none). */
export type TReminderState = { morningOf: boolean; hoursBefore: string; overdue: boolean };

export const reminderStateOf = (rules: TReminderRules): TReminderState => ({
  morningOf: rules.morningOf,
  hoursBefore: rules.hoursBefore === null ? "" : String(rules.hoursBefore),
  overdue: rules.overdue,
});

export const remindersFromState = (s: TReminderState): TReminderRules => ({
  morningOf: s.morningOf,
  hoursBefore: s.hoursBefore === "" ? null : Number(s.hoursBefore),
  overdue: s.overdue,
});

const hoursLabel = (h: number) => (h === 1 ? "1 hour before" : `${h} hours before`);

/** Which reminder emails each due date of this homework sends the client. */
export function ReminderFields() {
  const { register } = useFormContext();
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="mb-1 text-xl font-semibold">Reminder emails</legend>
      <p className="text-sm text-slate-700">
        In the client&rsquo;s time zone, outside their quiet hours. An email says only that
        something is waiting and when it is due (the task&rsquo;s name only if the client chose to
        see it), and the client can turn reminders off.
      </p>
      <CheckboxField
        name="reminders.morningOf"
        label="On the morning of the due day (at the hour the client chose)"
      />
      <Field name="reminders.hoursBefore" label="Reminder in advance">
        {(control) => (
          <select
            {...control}
            {...register("reminders.hoursBefore")}
            className={`min-h-11 max-w-xs ${controlClass}`}
          >
            <option value="">No reminder</option>
            {HOURS_BEFORE_CHOICES.map((h) => (
              <option key={h} value={String(h)}>
                {hoursLabel(h)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <CheckboxField
        name="reminders.overdue"
        label="Once, a day after it was due, if it is still open"
      />
    </fieldset>
  );
}
