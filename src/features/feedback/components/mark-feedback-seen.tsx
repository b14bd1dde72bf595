"use client";

import { useMutation } from "~/trpc/use-mutation";
import { useEffect } from "react";
import type { TFeedbackItem } from "../schema";
import { MARK_SEEN_MAX } from "../constants";

/**
 * Opening the page the feedback is on counts as reading it (a query must not write). All of the
 * page's unseen feedback goes in one call.
 */
export function MarkFeedbackSeen({ items }: { items: Pick<TFeedbackItem, "id" | "seenAt">[] }) {
  const { mutate } = useMutation((api) => api.feedback.markSeen);
  const unseen = items
    .filter((f) => !f.seenAt)
    .map((f) => f.id)
    .join(",");
  useEffect(() => {
    const ids = unseen ? unseen.split(",") : [];
    for (let i = 0; i < ids.length; i += MARK_SEEN_MAX) {
      mutate({ feedbackIds: ids.slice(i, i + MARK_SEEN_MAX) });
    }
  }, [unseen, mutate]);
  return null;
}
