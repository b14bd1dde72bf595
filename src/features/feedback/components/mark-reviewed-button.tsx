"use client";

import { useMutation } from "~/trpc/use-mutation";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { useRefreshAfter } from "~/components/ui/use-refresh-after";
import { formatDateTime } from "~/lib/format";
import type { TFeedbackTarget } from "../schema";

/**
 * For work that needs no reply: it stops waiting on the caseload. Once seen to (feedback written
 * or marked), says so instead.
 */
export function MarkReviewedButton({
  target,
  reviewedAt,
  what,
  timeZone,
}: {
  target: TFeedbackTarget;
  reviewedAt: Date | null;
  /** Names the item for screen readers when a page holds several buttons. */
  what?: string;
  timeZone: string;
}) {
  const mark = useMutation((api) => api.feedback.markReviewed);
  const { pending, message, run } = useRefreshAfter();
  if (reviewedAt) {
    return (
      <p className="text-sm text-slate-700">Reviewed {formatDateTime(reviewedAt, timeZone)}</p>
    );
  }
  return (
    <div className="flex flex-col items-start gap-1">
      <Button
        variant="secondary"
        disabled={pending}
        onClick={() => run(() => mark.mutateAsync({ target }))}
      >
        {pending ? "Saving…" : "Mark reviewed"}
        {what ? <span className="sr-only"> {what}</span> : null}
      </Button>
      {message ? <Alert tone="error">{message}</Alert> : null}
    </div>
  );
}
