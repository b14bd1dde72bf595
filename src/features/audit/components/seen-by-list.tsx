import { formatDateTime, formatDay } from "~/lib/format";
import { seenRecordLabel } from "../policy";
import type { TSeenByEntry } from "../schema";

/** The client's list of their therapists' views, in the client's time zone. */
export function SeenByList({ items, timeZone }: { items: TSeenByEntry[]; timeZone: string }) {
  if (items.length === 0) {
    return <p className="text-slate-700">No therapist has opened any of your pages yet.</p>;
  }
  return (
    <ol
      aria-label="Times a therapist opened your pages"
      className="flex flex-col divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white"
    >
      {items.map((item) => (
        <li key={item.id} className="flex flex-col gap-0.5 p-3">
          <span className="font-semibold">{seenRecordLabel(item.record, item.title)}</span>
          <span className="text-sm text-slate-700">
            {item.dueAt ? `Due ${formatDay(item.dueAt, timeZone)}. ` : ""}
            Opened by {item.therapistName ?? "a therapist whose account is closed"},{" "}
            <time dateTime={item.at.toISOString()}>{formatDateTime(item.at, timeZone)}</time>
          </span>
        </li>
      ))}
    </ol>
  );
}
