"use client";

import { useMutation } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { Alert } from "~/components/ui/alert";
import { RatingField } from "./rating-field";
import { Button } from "~/components/ui/button";
import { fieldErrorsOf } from "~/lib/form-errors";
import { useTRPC } from "~/trpc/react";
import { ZStartAttemptRequestSchema } from "../schema";
import { numberField } from "./format";
import { TextAreaField } from "~/components/ui/field";
import { RestoredNote } from "./restored-note";
import { useFormDraft } from "./use-form-draft";
import { useLadderAction } from "./use-ladder-action";

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
  const { run, pending, fieldErrors, setFieldErrors, message } = useLadderAction();
  const { form, restored, keep, forget } = useFormDraft({ userId, assignmentId, stepId });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = ZStartAttemptRequestSchema.safeParse({
      assignmentId,
      stepId,
      prediction: form.get("prediction"),
      predictionConfidence: numberField(form.get("predictionConfidence")),
      distressBefore: numberField(form.get("distressBefore")),
    });
    if (!parsed.success) {
      setFieldErrors(fieldErrorsOf(parsed.error));
      return;
    }
    if (await run(() => start.mutateAsync(parsed.data))) forget();
  }

  return (
    <form
      ref={form}
      onChange={keep}
      onSubmit={onSubmit}
      noValidate
      aria-label={again ? "New practice attempt" : "Start an attempt"}
      className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-slate-50 p-4"
    >
      <h3 className="font-semibold text-slate-900">
        {again ? "New practice attempt" : "Start an attempt"}
      </h3>
      {message ? <Alert tone="error">{message}</Alert> : null}
      {restored ? <RestoredNote /> : null}
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
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? "Saving…" : "Start the attempt"}
      </Button>
    </form>
  );
}
