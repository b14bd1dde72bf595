"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "~/trpc/react";
import { MessageForm } from "./message-form";

/** The client's one reply to a piece of feedback. */
export function ReplyForm({ feedbackId }: { feedbackId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const reply = useMutation(trpc.feedback.reply.mutationOptions());
  return (
    <MessageForm
      label="Your reply"
      submitLabel="Send reply"
      pendingLabel="Sending…"
      fieldName="body"
      send={async (body) => {
        await reply.mutateAsync({ feedbackId, body });
        router.refresh();
      }}
    />
  );
}
