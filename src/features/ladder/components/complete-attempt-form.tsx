"use client";

import { useMutation } from "@tanstack/react-query";
import { FieldErrors, TextAreaField } from "~/components/ui/field";
import { useTRPC } from "~/trpc/react";
import { ZCompleteAttemptRequestSchema, type TFearedOutcome } from "../schema";
import { AttemptForm } from "./attempt-form";
import { formatWhen, numberField } from "./format";
import { RatingField } from "./rating-field";

const OUTCOMES: { value: TFearedOutcome; label: string }[] = [
  { value: "YES", label: "Yes" },
  { value: "NO", label: "No" },
  { value: "PARTLY", label: "Partly" },
];

/**
 * After doing the step: how it went. The open attempt lives on the server and what is typed
 * here stays in this tab until it is sent, so leaving and coming back loses nothing.
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
  const trpc = useTRPC();
  const complete = useMutation(trpc.ladder.completeAttempt.mutationOptions());
  return (
    <AttemptForm
      place={{ userId, assignmentId, attemptId }}
      schema={ZCompleteAttemptRequestSchema}
      read={(form) => ({
        attemptId,
        peakDistress: numberField(form.get("peakDistress")),
        afterDistress: numberField(form.get("afterDistress")),
        fearedOutcome: form.get("fearedOutcome") ?? undefined,
        whatHappened: form.get("whatHappened"),
        note: form.get("note") ?? "",
      })}
      send={(request) => complete.mutateAsync(request)}
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
      {(fieldErrors) => {
        const outcomeErrorId = fieldErrors.fearedOutcome?.length
          ? `${attemptId}-outcome-error`
          : undefined;
        return (
          <>
            <div className="grid gap-4 sm:grid-cols-2">
              <RatingField
                label="Peak distress (0-100)"
                name="peakDistress"
                errors={fieldErrors.peakDistress}
              />
              <RatingField
                label="Distress afterwards (0-100)"
                name="afterDistress"
                errors={fieldErrors.afterDistress}
              />
            </div>
            <fieldset
              aria-describedby={outcomeErrorId}
              aria-invalid={outcomeErrorId ? true : undefined}
              className="flex flex-col gap-2"
            >
              <legend className="text-sm font-medium text-slate-800">
                Did the feared outcome happen?
              </legend>
              <div className="flex flex-wrap gap-2">
                {OUTCOMES.map((o) => (
                  <label
                    key={o.value}
                    className="flex min-h-11 items-center gap-2 rounded-lg border border-slate-400 bg-white px-4 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50"
                  >
                    <input type="radio" name="fearedOutcome" value={o.value} className="size-4" />
                    {o.label}
                  </label>
                ))}
              </div>
              <FieldErrors id={outcomeErrorId} errors={fieldErrors.fearedOutcome} />
            </fieldset>
            <TextAreaField
              label="What actually happened?"
              name="whatHappened"
              maxLength={2000}
              errors={fieldErrors.whatHappened}
            />
            <TextAreaField
              label="Note (optional)"
              name="note"
              maxLength={2000}
              errors={fieldErrors.note}
            />
          </>
        );
      }}
    </AttemptForm>
  );
}
