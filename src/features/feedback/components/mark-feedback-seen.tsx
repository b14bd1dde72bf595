"use client";

import { useMutation } from "@tanstack/react-query";
import { useEffect } from "react";
import { useTRPC } from "~/trpc/react";
import type { TFeedbackTarget } from "../schema";

/** Opening the page the feedback is on counts as reading it (a query must not write). */
export function MarkFeedbackSeen({ target, unseen }: { target: TFeedbackTarget; unseen: number }) {
  const trpc = useTRPC();
  const { mutate } = useMutation(trpc.feedback.markSeen.mutationOptions());
  const key = "submissionId" in target ? target.submissionId : target.attemptId;
  const kind = "submissionId" in target ? "submissionId" : "attemptId";
  useEffect(() => {
    if (unseen > 0) mutate(kind === "submissionId" ? { submissionId: key } : { attemptId: key });
  }, [unseen, key, kind, mutate]);
  return null;
}
