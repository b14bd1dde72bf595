import type { Metadata } from "next";
import Link from "next/link";
import { TherapistFrame } from "~/components/layout/therapist-frame";
import { Pager } from "~/components/ui/pager";
import { formatDateTime } from "~/lib/format";
import { hrefWith, pagerLinks, readCursor, readParam } from "~/lib/paging";
import { requireTherapist } from "~/server/auth/guard";
import { getServerApi, orNotFound } from "~/trpc/server";

export const metadata: Metadata = { title: "Submissions" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SubmissionsPage({ searchParams }: Props) {
  const params = await searchParams;
  const clientId = readParam(params.clientId);
  const cursor = readCursor(params.cursor);
  const actor = await requireTherapist(hrefWith("/therapist/submissions", { clientId }, {}));
  // A client not (or no longer) on the caseload: the same 404 as one that does not exist.
  const page = await orNotFound(
    (await getServerApi()).worksheets.recentSubmissions({ clientId, cursor }),
  );
  const pageHref = (next: string | undefined) =>
    hrefWith("/therapist/submissions", { clientId }, { cursor: next });
  const { client } = page;
  return (
    <TherapistFrame actor={actor}>
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold">
          {client ? `Submissions by ${client.name}` : "Recent submissions"}
        </h1>
        {client ? (
          <Link
            href={`/therapist/clients/${client.id}`}
            className="font-semibold text-brand-800 underline underline-offset-2"
          >
            Back to {client.name}
          </Link>
        ) : null}
      </div>
      {page.items.length === 0 ? (
        <p className="text-slate-700">No worksheets have been submitted yet.</p>
      ) : (
        <ul aria-label="Submissions" className="flex flex-col gap-2">
          {page.items.map((s) => (
            <li key={s.id} className="rounded-xl border border-slate-200 bg-white p-4">
              <Link
                href={`/therapist/submissions/${s.id}`}
                className="font-semibold text-brand-800 underline underline-offset-2"
              >
                {client ? s.title : `${s.clientName}: ${s.title}`}
              </Link>
              <p className="text-sm text-slate-700">
                Submitted {formatDateTime(s.submittedAt, actor.timeZone)}
                {s.private ? " · just for them: answers kept private" : ""}
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pager of="submissions" {...pagerLinks(cursor, page.nextCursor, pageHref)} />
    </TherapistFrame>
  );
}
