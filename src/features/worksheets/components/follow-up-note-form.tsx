"use client";

import { useMutation } from "~/trpc/use-mutation";
import { MessageForm } from "~/features/feedback/components/message-form";
import { FOLLOW_UP_NOTE_MAX } from "../constants";

const loadNoteFormSchema = async () =>
  (await import("../schema")).ZAddFollowUpNoteRequestSchema.pick({ note: true });

/** One note the client may add after submitting ("since then…"). */
export function FollowUpNoteForm({ submissionId }: { submissionId: string }) {
  const add = useMutation((api) => api.worksheets.addFollowUpNote);
  return (
    <MessageForm
      name="note"
      schema={loadNoteFormSchema}
      label="Add a follow-up note (optional)"
      submitLabel="Save note"
      pendingLabel="Saving…"
      max={FOLLOW_UP_NOTE_MAX}
      send={({ note }) => add.mutateAsync({ submissionId, note })}
    />
  );
}
