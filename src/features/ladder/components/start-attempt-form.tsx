"use client";

import { useMutation } from "~/trpc/use-mutation";
import { useMemo } from "react";
import { TextAreaField } from "~/components/ui/field";
import { asRequest } from "~/components/ui/form";
import { AttemptForm } from "./attempt-form";
import { numberFromBox } from "./format";
import { RatingField } from "./rating-field";

const BLANK = { prediction: "", predictionConfidence: "", distressBefore: "" };

/** Before doing the step in real life: the prediction and how it feels now. */
export function StartAttemptForm({
  userId,
  assignmentId,
  stepId,
  again = false,
}: {
  userId: string;
  assignmentId: string;
  stepId: string;
  again?: boolean;
}) {
  const start = useMutation((api) => api.ladder.startAttempt);
  const schema = useMemo(
    () =>
      asRequest(
        (values: typeof BLANK) => ({
          assignmentId,
          stepId,
          prediction: values.prediction,
          predictionConfidence: numberFromBox(values.predictionConfidence),
          distressBefore: numberFromBox(values.distressBefore),
        }),
        async () => (await import("../schema")).ZStartAttemptRequestSchema,
      ),
    [assignmentId, stepId],
  );
  return (
    <AttemptForm
      place={{ userId, assignmentId, stepId }}
      schema={schema}
      blank={BLANK}
      send={(request) => start.mutateAsync(request)}
      title={again ? "New practice attempt" : "Start an attempt"}
      className="border-slate-200 bg-slate-50"
      submitLabel="Start the attempt"
    >
      <TextAreaField label="What do you fear will happen?" name="prediction" maxLength={2000} />
      <div className="grid gap-4 sm:grid-cols-2">
        <RatingField label="How likely does that feel? (0-100)" name="predictionConfidence" />
        <RatingField label="Your distress right now (0-100)" name="distressBefore" distress />
      </div>
    </AttemptForm>
  );
}
