"use client";

import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";
import type { TFeedbackTarget } from "../schema";
import { MessageForm } from "./message-form";

/** The therapist's feedback on a submission or a ladder step attempt. */
export function FeedbackForm({
  target,
}: {
  target: { submissionId: string } | { attemptId: string };
}) {
  const trpc = useTRPC();
  const create = useMutation(trpc.feedback.create.mutationOptions());
  return (
    <MessageForm
      label="Your feedback"
      submitLabel="Send feedback"
      send={(body) => create.mutateAsync({ target: target as TFeedbackTarget, body })}
    />
  );
}
