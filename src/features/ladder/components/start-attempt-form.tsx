"use client";

import { useMutation } from "@tanstack/react-query";
import { TextAreaField } from "~/components/ui/field";
import { useTRPC } from "~/trpc/react";
import { ZStartAttemptRequestSchema } from "../schema";
import { AttemptForm } from "./attempt-form";
import { numberField } from "./format";
import { RatingField } from "./rating-field";

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
  const trpc = useTRPC();
  const start = useMutation(trpc.ladder.startAttempt.mutationOptions());
  return (
    <AttemptForm
      place={{ userId, assignmentId, stepId }}
      schema={ZStartAttemptRequestSchema}
      read={(form) => ({
        assignmentId,
        stepId,
        prediction: form.get("prediction"),
        predictionConfidence: numberField(form.get("predictionConfidence")),
        distressBefore: numberField(form.get("distressBefore")),
      })}
      send={(request) => start.mutateAsync(request)}
      title={again ? "New practice attempt" : "Start an attempt"}
      className="border-slate-200 bg-slate-50"
      submitLabel="Start the attempt"
    >
      {(fieldErrors) => (
        <>
          <TextAreaField
            label="What do you fear will happen?"
            name="prediction"
            maxLength={2000}
            errors={fieldErrors.prediction}
          />
          <div className="grid gap-4 sm:grid-cols-2">
            <RatingField
              label="How likely does that feel? (0-100)"
              name="predictionConfidence"
              errors={fieldErrors.predictionConfidence}
            />
            <RatingField
              label="Your distress right now (0-100)"
              name="distressBefore"
              errors={fieldErrors.distressBefore}
            />
          </div>
        </>
      )}
    </AttemptForm>
  );
}
