import type { Metadata } from "next";
import Link from "next/link";
import { TherapistFrame } from "~/components/layout/therapist-frame";
import { Pager } from "~/components/ui/pager";
import { formatClientTime } from "~/lib/format";
import { hrefWith, pagerLinks, readCursor } from "~/lib/paging";
import { requireTherapist } from "~/server/auth/guard";
import { getServerApi, orNotFound } from "~/trpc/server";

export const metadata: Metadata = { title: "All due dates" };

const linkClass = "font-semibold text-brand-800 underline underline-offset-2";

export default async function DueDatesPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const cursor = readCursor((await searchParams).cursor);
  const path = `/therapist/assignments/${encodeURIComponent(id)}/due-dates`;
  const actor = await requireTherapist(path);
  const page = await orNotFound(
    (await getServerApi()).assignments.dueDates({ assignmentId: id, cursor }),
  );
  const { assignment } = page;
  const client = { name: assignment.client.name, timeZone: assignment.timeZone };
  const pageHref = (next: string | undefined) => hrefWith(path, {}, { cursor: next });
  return (
    <TherapistFrame actor={actor}>
      <Link
        href={`/therapist/clients/${assignment.client.id}`}
        className={`self-start ${linkClass}`}
      >
        Back to {assignment.client.name}
      </Link>
      <h1 className="text-2xl font-bold">All due dates of {assignment.title}</h1>
      {page.items.length === 0 ? (
        <p className="text-slate-700">
          No due dates: this homework is done at the client&apos;s own pace.
        </p>
      ) : (
        <ul aria-label="Due dates" className="flex flex-col gap-2">
          {page.items.map((o) => {
            const text = `${formatClientTime(o.dueAt, client, actor.timeZone)}: ${o.status}`;
            return (
              <li key={o.id} className="rounded-lg border border-slate-200 bg-white px-4 py-2">
                {o.submissionId ? (
                  <Link href={`/therapist/submissions/${o.submissionId}`} className={linkClass}>
                    {text}
                  </Link>
                ) : (
                  text
                )}
              </li>
            );
          })}
        </ul>
      )}
      <Pager of="due dates" {...pagerLinks(cursor, page.nextCursor, pageHref)} />
    </TherapistFrame>
  );
}
