"use client";

import { useMutation } from "~/trpc/use-mutation";
import { useMemo } from "react";
import { useFormContext } from "react-hook-form";
import { Field, TextAreaField } from "~/components/ui/field";
import { asRequest } from "~/components/ui/form";
import type { TFearedOutcome } from "../schema";
import { AttemptForm } from "./attempt-form";
import { afterAttemptHref, formatWhen, numberFromBox } from "./format";
import { RatingField } from "./rating-field";

const OUTCOMES: { value: TFearedOutcome; label: string }[] = [
  { value: "YES", label: "Yes" },
  { value: "NO", label: "No" },
  { value: "PARTLY", label: "Partly" },
  { value: "UNKNOWN", label: "I didn't find out" },
];

const BLANK = {
  peakDistress: "",
  afterDistress: "",
  fearedOutcome: "",
  whatHappened: "",
  confidenceAfter: "",
  learned: "",
  note: "",
};

/**
 * After doing the step: how it went. The open attempt lives on the server and what is typed
 * here stays in this tab until it is sent, so leaving and coming back loses nothing. Once saved,
 * the page opens with its response to the ratings (safety/components/attempt-response).
 */
export function CompleteAttemptForm({
  userId,
  assignmentId,
  attemptId,
  startedAt,
  timeZone,
}: {
  userId: string;
  assignmentId: string;
  attemptId: string;
  startedAt: Date;
  timeZone: string;
}) {
  const complete = useMutation((api) => api.ladder.completeAttempt);
  const schema = useMemo(
    () =>
      asRequest(
        (values: typeof BLANK) => ({
          attemptId,
          peakDistress: numberFromBox(values.peakDistress),
          afterDistress: numberFromBox(values.afterDistress),
          fearedOutcome: values.fearedOutcome || undefined,
          whatHappened: values.whatHappened,
          confidenceAfter: numberFromBox(values.confidenceAfter),
          learned: values.learned,
          note: values.note,
        }),
        async () => (await import("../schema")).ZCompleteAttemptRequestSchema,
      ),
    [attemptId],
  );
  return (
    <AttemptForm
      place={{ userId, assignmentId, attemptId }}
      schema={schema}
      blank={BLANK}
      send={(request) => complete.mutateAsync(request)}
      afterSave={() => afterAttemptHref(assignmentId, attemptId)}
      title="Record how it went"
      className="border-sky-300 bg-sky-50"
      intro={
        <p className="text-sm text-slate-700">
          You started this on {formatWhen(startedAt, timeZone)}. When you have done the step, note
          how it went.
        </p>
      }
      submitLabel="Save how it went"
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <RatingField label="Peak distress (0-100)" name="peakDistress" distress />
        <RatingField label="Distress afterwards (0-100)" name="afterDistress" distress />
      </div>
      <OutcomeChoice />
      <TextAreaField label="What actually happened?" name="whatHappened" maxLength={2000} />
      <RatingField
        label="How likely does it feel now that it would happen next time? (0-100)"
        name="confidenceAfter"
      />
      <TextAreaField label="What did I learn? (optional)" name="learned" maxLength={2000} />
      <TextAreaField label="Note (optional)" name="note" maxLength={2000} />
    </AttemptForm>
  );
}

function OutcomeChoice() {
  const { register } = useFormContext();
  return (
    <Field name="fearedOutcome" label="Did the feared outcome happen?" group>
      {({ id: _, ...wiring }) => (
        <div className="flex flex-wrap gap-2">
          {OUTCOMES.map((o) => (
            <label
              key={o.value}
              className="flex min-h-11 items-center gap-2 rounded-lg border border-slate-400 bg-white px-4 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50"
            >
              <input
                type="radio"
                value={o.value}
                className="size-4"
                {...wiring}
                {...register("fearedOutcome")}
              />
              {o.label}
            </label>
          ))}
        </div>
      )}
    </Field>
  );
}
