import Link from "next/link";
import { Card } from "~/components/ui/card";
import { MarkReviewedButton } from "~/features/feedback/components/mark-reviewed-button";
import { formatDateTime } from "~/lib/format";
import type { TTimelineItem, TTimelineState } from "../schema";

const STATE_TEXT: Record<TTimelineState, string> = {
  waiting: "Waiting for you",
  reviewed: "Reviewed",
  feedback: "Feedback given",
  private: "Just for them",
  part: "First part in",
};

/** The client's work, newest first, each item with where it stands with the therapist. */
export function Timeline({ items, timeZone }: { items: TTimelineItem[]; timeZone: string }) {
  if (items.length === 0) {
    return (
      <Card>
        <p className="text-slate-700">Nothing submitted or practised yet.</p>
      </Card>
    );
  }
  return (
    <ol className="flex flex-col gap-2" aria-label="Submissions and attempts, newest first">
      {items.map((item) => (
        <li
          key={item.id}
          className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-slate-200 bg-white p-3"
        >
          <div className="flex flex-col gap-0.5 text-sm">
            <Link
              href={item.href}
              className="font-semibold text-brand-800 underline-offset-2 hover:underline"
            >
              {item.kind === "attempt" ? `Ladder: ${item.title}` : item.title}
            </Link>
            <span className="text-slate-700">
              {formatDateTime(item.at, timeZone)}
              {item.detail ? ` · ${item.detail}` : ""}
            </span>
          </div>
          <div className="flex items-center gap-3 text-sm">
            <span
              className={
                item.state === "waiting" ? "font-semibold text-amber-900" : "text-slate-700"
              }
            >
              {STATE_TEXT[item.state]}
            </span>
            {item.state === "waiting" ? (
              <span className="print:hidden">
                <MarkReviewedButton
                  target={
                    item.kind === "attempt" ? { attemptId: item.id } : { submissionId: item.id }
                  }
                  reviewedAt={null}
                  what={`: ${item.title}, ${formatDateTime(item.at, timeZone)}`}
                  timeZone={timeZone}
                />
              </span>
            ) : null}
          </div>
        </li>
      ))}
    </ol>
  );
}
