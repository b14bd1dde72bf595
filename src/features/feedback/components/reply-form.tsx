"use client";

import { useMutation } from "~/trpc/use-mutation";
import { ZReplyFeedbackRequestSchema } from "../schema";
import { MessageForm } from "./message-form";

const ZReplyFormSchema = ZReplyFeedbackRequestSchema.pick({ body: true });

/** The client's one reply to a piece of feedback. */
export function ReplyForm({ feedbackId }: { feedbackId: string }) {
  const reply = useMutation((api) => api.feedback.reply);
  return (
    <MessageForm
      name="body"
      schema={ZReplyFormSchema}
      label="Your reply"
      submitLabel="Send reply"
      send={({ body }) => reply.mutateAsync({ feedbackId, body })}
    />
  );
}
