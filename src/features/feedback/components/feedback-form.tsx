"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
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
  const router = useRouter();
  const create = useMutation(trpc.feedback.create.mutationOptions());
  return (
    <MessageForm
      label="Your feedback"
      submitLabel="Send feedback"
      pendingLabel="Sending…"
      fieldName="body"
      send={async (body) => {
        await create.mutateAsync({ target: target as TFeedbackTarget, body });
        router.refresh();
      }}
    />
  );
}
