import Link from "next/link";
import { FLAG_KIND_TEXT, type TListOpenFlagsResponse } from "../schema";
import { AcknowledgeFlagButton } from "./acknowledge-flag-button";

const when = (at: Date, timeZone: string) =>
  new Intl.DateTimeFormat("en-GB", { timeZone, dateStyle: "medium", timeStyle: "short" }).format(
    at,
  );

/**
 * The client page's open flags, newest first: what happened in one line, a link to it, and
 * "Acknowledge". Shown above the homework, since they are what needs the therapist first.
 */
export function OpenFlags({ open, timeZone }: { open: TListOpenFlagsResponse; timeZone: string }) {
  if (open.flags.length === 0) return null;
  return (
    <section
      aria-labelledby="flags-heading"
      className="flex flex-col gap-3 rounded-xl border border-amber-400 bg-amber-50 p-4"
    >
      <h2 id="flags-heading" className="text-lg font-semibold text-amber-950">
        Needs your attention ({open.flags.length}
        {open.more ? "+" : ""})
      </h2>
      <ul className="flex flex-col gap-3">
        {open.flags.map((flag) => (
          <li
            key={flag.id}
            className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-amber-200 bg-white p-3"
          >
            <div className="flex flex-col gap-0.5 text-sm">
              <p className="font-medium text-slate-900">
                <span className="mr-2 rounded-full border border-amber-500 px-2 py-0.5 text-xs font-semibold text-amber-950">
                  {FLAG_KIND_TEXT[flag.kind]}
                </span>
                {flag.reason}
              </p>
              <p className="text-slate-700">
                Raised {when(flag.createdAt, timeZone)}
                {flag.href ? (
                  <>
                    {" · "}
                    <Link href={flag.href} className="font-semibold text-brand-800 underline">
                      Look at it<span className="sr-only">: {flag.reason}</span>
                    </Link>
                  </>
                ) : null}
              </p>
            </div>
            <AcknowledgeFlagButton flagId={flag.id} reason={flag.reason} />
          </li>
        ))}
      </ul>
      {open.more ? (
        <p className="text-sm text-amber-950">
          More flags are open than shown here; acknowledging these brings the rest in.
        </p>
      ) : null}
    </section>
  );
}
