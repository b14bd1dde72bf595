"use client";

import { useMutation } from "@tanstack/react-query";
import { MessageForm } from "~/features/feedback/components/message-form";
import { useTRPC } from "~/trpc/react";
import { FOLLOW_UP_NOTE_MAX, ZFollowUpNoteSchema } from "../schema";

/** One note the client may add after submitting ("since then…"). */
export function FollowUpNoteForm({ submissionId }: { submissionId: string }) {
  const trpc = useTRPC();
  const add = useMutation(trpc.worksheets.addFollowUpNote.mutationOptions());
  return (
    <MessageForm
      label="Add a follow-up note (optional)"
      submitLabel="Save note"
      pendingLabel="Saving…"
      fieldName="note"
      max={FOLLOW_UP_NOTE_MAX}
      schema={ZFollowUpNoteSchema}
      send={(note) => add.mutateAsync({ submissionId, note })}
    />
  );
}
