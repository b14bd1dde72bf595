import type { Metadata } from "next";
import Link from "next/link";
import { TherapistFrame } from "~/components/layout/therapist-frame";
import { Pager } from "~/components/ui/pager";
import { RestoreClientButton } from "~/features/clients/components/care-link-actions";
import { formatDay } from "~/lib/format";
import { hrefWith, pagerLinks, readCursor } from "~/lib/paging";
import { requireTherapist } from "~/server/auth/guard";
import { getServerApi } from "~/trpc/server";

export const metadata: Metadata = { title: "Former clients" };

export default async function FormerClientsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireTherapist("/therapist/former-clients");
  const cursor = readCursor((await searchParams).cursor);
  const page = await (await getServerApi()).clients.former({ cursor });
  return (
    <TherapistFrame actor={actor}>
      <h1 className="text-2xl font-bold">Former clients</h1>
      <p className="text-slate-700">
        Their homework has ended. You can read what each shared with you, read-only. Restore an
        archived client to work with them again; a client who ended your access renews it by
        accepting a new invitation.
      </p>
      {page.items.length === 0 ? (
        <p className="text-slate-700">No former clients.</p>
      ) : (
        <ul
          aria-label="Former clients"
          className="flex flex-col divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white"
        >
          {page.items.map((c) => (
            <li key={c.clientId} className="flex flex-wrap items-center justify-between gap-3 p-3">
              <div>
                <Link
                  href={`/therapist/clients/${c.clientId}`}
                  className="font-semibold text-brand-800 underline"
                >
                  {c.name}
                </Link>
                <p className="text-sm text-slate-700">
                  {c.status === "ARCHIVED" ? "Archived" : "Ended your access"}
                  {c.since ? ` on ${formatDay(c.since, actor.timeZone)}` : ""}
                </p>
              </div>
              {c.status === "ARCHIVED" ? (
                <RestoreClientButton clientId={c.clientId} name={c.name} />
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <Pager
        of="former clients"
        {...pagerLinks(cursor, page.nextCursor, (next) =>
          hrefWith("/therapist/former-clients", {}, { cursor: next }),
        )}
      />
    </TherapistFrame>
  );
}
