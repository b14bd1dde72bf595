import type { Metadata } from "next";
import Link from "next/link";
import { TherapistFrame } from "~/components/layout/therapist-frame";
import { ButtonLink } from "~/components/ui/button-link";
import { Card } from "~/components/ui/card";
import { Pager } from "~/components/ui/pager";
import { AssignmentCard } from "~/features/assignments/components/assignment-card";
import { ZAssignmentStatusFilter } from "~/features/assignments/schema";
import { ArchiveClientButton } from "~/features/clients/components/care-link-actions";
import { CareLinkBanner } from "~/features/clients/components/care-link-banner";
import { OpenFlags } from "~/features/safety/components/open-flags";
import { hrefWith, pagerLinks, readCursor } from "~/lib/paging";
import { recordTherapistView } from "~/server/audit-view";
import { requireTherapist } from "~/server/auth/guard";
import { getServerApi, orNotFound } from "~/trpc/server";

export const metadata: Metadata = { title: "Client" };

const TABS = [
  { status: "ACTIVE", label: "Active" },
  { status: "COMPLETED", label: "Completed" },
  { status: "ENDED", label: "Ended" },
] as const;

export default async function CaseloadClientPage({
  params,
  searchParams,
}: {
  params: Promise<{ clientId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { clientId } = await params;
  const actor = await requireTherapist(`/therapist/clients/${clientId}`);
  const query = await searchParams;
  // Not linked, or not a client: the same 404 as a client that does not exist.
  const api = await getServerApi();
  const link = await orNotFound(api.clients.careLink({ clientId }));
  const inCare = link.status === "ACTIVE";
  // An archived or ended client's homework has all ended: that tab is where their history is.
  const status = ZAssignmentStatusFilter.catch(inCare ? "ACTIVE" : "ENDED").parse(query.status);
  const tabLabel = TABS.find((t) => t.status === status)!.label;
  const cursor = readCursor(query.cursor);
  const [page, flags] = await Promise.all([
    orNotFound(api.assignments.listForClient({ clientId, status, cursor })),
    orNotFound(api.flags.listOpen({ clientId })),
  ]);
  const pageHref = (next: string | undefined) =>
    hrefWith(`/therapist/clients/${clientId}`, { status }, { cursor: next });
  const { client } = page;
  await recordTherapistView({ entity: "client", entityId: clientId, clientId });
  return (
    <TherapistFrame actor={actor} wide>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{client.name}</h1>
          <p className="text-slate-700">
            {client.email} · Time zone {client.timeZone}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <ButtonLink variant="secondary" href={`/therapist/clients/${client.id}/progress`}>
            Progress
          </ButtonLink>
          {inCare ? (
            <>
              <ButtonLink variant="secondary" href={`/therapist/clients/${client.id}/safety-plan`}>
                Safety plan
              </ButtonLink>
              <ButtonLink variant="secondary" href={`/therapist/submissions?clientId=${client.id}`}>
                All submissions by {client.name}
              </ButtonLink>
              <ButtonLink href={`/therapist/assign?clientId=${client.id}`}>
                Assign homework
              </ButtonLink>
            </>
          ) : null}
        </div>
      </div>
      <CareLinkBanner link={link} client={client} timeZone={actor.timeZone} />
      <OpenFlags open={flags} timeZone={actor.timeZone} />
      <nav aria-label="Homework by status">
        <ul className="flex gap-2">
          {TABS.map((tab) => (
            <li key={tab.status}>
              <Link
                href={`/therapist/clients/${client.id}?status=${tab.status}`}
                aria-current={tab.status === status ? "page" : undefined}
                className="rounded-md px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-800"
              >
                {tab.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {/* The h2 keeps the outline whole: h1 client, h2 this tab, h3 each assignment. */}
      <section aria-labelledby="homework-heading" className="flex flex-col gap-4">
        <h2 id="homework-heading" className="text-xl font-semibold">
          {tabLabel} homework
        </h2>
        {page.items.length === 0 ? (
          <Card>
            <p className="text-slate-700">Nothing here.</p>
          </Card>
        ) : (
          page.items.map((a) => <AssignmentCard key={a.id} assignment={a} />)
        )}
      </section>
      <Pager
        of={`${tabLabel.toLowerCase()} homework`}
        {...pagerLinks(cursor, page.nextCursor, pageHref)}
      />
      {inCare ? (
        <section aria-labelledby="care-heading" className="flex flex-col gap-2">
          <h2 id="care-heading" className="text-xl font-semibold">
            Ending care
          </h2>
          <p className="text-slate-700">
            When your work with {client.name} ends, archive them: their homework ends and they leave
            your caseload. Their history stays readable, and you can restore them.
          </p>
          <p>
            <a
              href={`/therapist/clients/${client.id}/export`}
              download
              className="font-semibold text-brand-800 underline"
            >
              Download {client.name}&rsquo;s record (JSON)
            </a>
            : the homework you gave and what they shared, for your clinical record.
          </p>
          <ArchiveClientButton clientId={client.id} name={client.name} />
        </section>
      ) : null}
    </TherapistFrame>
  );
}
