"use client";

import { useMutation } from "~/trpc/use-mutation";
import { MessageForm } from "./message-form";

const loadReplyFormSchema = async () =>
  (await import("../schema")).ZReplyFeedbackRequestSchema.pick({ body: true });

/** The client's one reply to a piece of feedback. */
export function ReplyForm({ feedbackId }: { feedbackId: string }) {
  const reply = useMutation((api) => api.feedback.reply);
  return (
    <MessageForm
      name="body"
      schema={loadReplyFormSchema}
      label="Your reply"
      submitLabel="Send reply"
      send={({ body }) => reply.mutateAsync({ feedbackId, body })}
    />
  );
}
