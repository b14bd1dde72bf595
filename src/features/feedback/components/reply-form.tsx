"use client";

import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";
import { ZReplyFeedbackRequestSchema } from "../schema";
import { MessageForm } from "./message-form";

const ZReplyFormSchema = ZReplyFeedbackRequestSchema.pick({ body: true });

/** The client's one reply to a piece of feedback. */
export function ReplyForm({ feedbackId }: { feedbackId: string }) {
  const trpc = useTRPC();
  const reply = useMutation(trpc.feedback.reply.mutationOptions());
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
