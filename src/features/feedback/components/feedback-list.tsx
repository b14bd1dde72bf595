import { formatDateTime } from "~/lib/format";
import type { TFeedbackItem } from "../schema";
import { ReplyForm } from "./reply-form";

/**
 * A thread of feedback on one submission or attempt. `canReply` (the client's view) shows a
 * reply form under each feedback that has no reply yet.
 */
export function FeedbackList({
  items,
  timeZone,
  canReply = false,
}: {
  items: TFeedbackItem[];
  timeZone: string;
  canReply?: boolean;
}) {
  if (items.length === 0) return <p className="text-slate-700">No feedback yet.</p>;
  return (
    <ul className="flex flex-col gap-4" aria-label="Feedback">
      {items.map((f) => (
        <li
          key={f.id}
          className="flex flex-col gap-2 rounded-xl border border-slate-200 bg-white p-4"
        >
          <p className="text-sm text-slate-700">
            <span className="font-semibold text-slate-900">{f.authorName}</span> ·{" "}
            {formatDateTime(f.createdAt, timeZone)}
          </p>
          <p className="whitespace-pre-wrap">{f.body}</p>
          {f.reply ? (
            <div className="border-l-4 border-brand-200 pl-3">
              <p className="text-sm font-semibold text-slate-800">
                Reply
                {f.repliedAt ? ` · ${formatDateTime(f.repliedAt, timeZone)}` : ""}
              </p>
              <p className="whitespace-pre-wrap">{f.reply}</p>
            </div>
          ) : canReply ? (
            <ReplyForm feedbackId={f.id} />
          ) : null}
        </li>
      ))}
    </ul>
  );
}
