import { formatDateTime } from "~/lib/format";
import { actionLabel } from "../policy";
import type { TActionEntry } from "../schema";

/** A person's own actions, newest first. */
export function ActivityList({ items, timeZone }: { items: TActionEntry[]; timeZone: string }) {
  if (items.length === 0) return <p className="text-slate-700">Nothing recorded yet.</p>;
  return (
    <ol
      aria-label="Your actions"
      className="flex flex-col divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white"
    >
      {items.map((item) => (
        <li key={item.id} className="flex flex-col gap-0.5 p-3">
          <span className="font-semibold">
            {actionLabel(item.action, item.entity)}
            {item.clientName ? ` · ${item.clientName}` : ""}
          </span>
          <span className="text-sm text-slate-700">
            <time dateTime={item.at.toISOString()}>{formatDateTime(item.at, timeZone)}</time>
            {item.ip ? ` · from ${item.ip}` : ""}
          </span>
        </li>
      ))}
    </ol>
  );
}
