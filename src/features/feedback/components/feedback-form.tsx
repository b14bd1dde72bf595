"use client";

import { useMutation } from "~/trpc/use-mutation";
import type { TFeedbackTarget } from "../schema";
import { MessageForm } from "./message-form";

const loadFeedbackFormSchema = async () =>
  (await import("../schema")).ZCreateFeedbackRequestSchema.pick({ body: true });

/** The therapist's feedback on a submission or a ladder step attempt. */
export function FeedbackForm({
  target,
  label = "Your feedback",
  onSent,
}: {
  target: { submissionId: string } | { attemptId: string };
  /** The textarea's label; name what the feedback is on where a page holds several forms. */
  label?: string;
  /** Called once the server has the feedback, before the page re-renders with it. */
  onSent?: () => void;
}) {
  const create = useMutation((api) => api.feedback.create);
  return (
    <MessageForm
      name="body"
      schema={loadFeedbackFormSchema}
      label={label}
      submitLabel="Send feedback"
      send={async ({ body }) => {
        await create.mutateAsync({ target: target as TFeedbackTarget, body });
        onSent?.();
      }}
    />
  );
}
