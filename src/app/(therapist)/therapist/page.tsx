import type { Metadata } from "next";
import Link from "next/link";
import { TherapistFrame } from "~/components/layout/therapist-frame";
import { Pager } from "~/components/ui/pager";
import { CaseloadList } from "~/features/clients/components/caseload-list";
import { InviteClientForm } from "~/features/invitations/components/invite-client-form";
import { PendingInvitations } from "~/features/invitations/components/pending-invitations";
import { hrefWith, pagerLinks, readCursor, readParam } from "~/lib/paging";
import { requireTherapist } from "~/server/auth/guard";
import { getServerApi } from "~/trpc/server";

export const metadata: Metadata = { title: "Caseload" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TherapistHomePage({ searchParams }: Props) {
  const actor = await requireTherapist("/therapist");
  const params = await searchParams;
  // Two lists page independently: each link keeps the other list where it is.
  const clientsCursor = readCursor(params.clientsCursor);
  const flaggedOnly = readParam(params.flagged) === "1";
  const invitationsCursor = readCursor(params.invitationsCursor);
  const api = await getServerApi();
  const [clients, pending] = await Promise.all([
    api.clients.list({ cursor: clientsCursor, flaggedOnly }),
    // Pending, and expired ones still waiting for a new link.
    api.invitations.list({ status: "open", cursor: invitationsCursor }),
  ]);
  const link = (key: string, cursor: string | undefined, anchor: string) =>
    hrefWith("/therapist", params, { [key]: cursor }, anchor);
  return (
    <TherapistFrame actor={actor} wide>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-2xl font-bold" id="caseload">
          Your caseload
        </h1>
        <nav aria-label="Which clients">
          <ul className="flex gap-2">
            {[
              { label: "All clients", value: undefined },
              { label: "Flagged only", value: "1" },
            ].map((choice) => (
              <li key={choice.label}>
                <Link
                  href={hrefWith(
                    "/therapist",
                    params,
                    { flagged: choice.value, clientsCursor: undefined },
                    "caseload",
                  )}
                  aria-current={flaggedOnly === (choice.value === "1") ? "page" : undefined}
                  className="rounded-md px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-800"
                >
                  {choice.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <CaseloadList
        clients={clients.items}
        now={new Date()}
        timeZone={actor.timeZone}
        flaggedOnly={flaggedOnly}
      />
      <Pager
        of="clients"
        {...pagerLinks(clientsCursor, clients.nextCursor, (c) =>
          link("clientsCursor", c, "caseload"),
        )}
      />
      <p>
        <Link href="/therapist/former-clients" className="font-semibold text-brand-800 underline">
          Former clients
        </Link>
        : those you archived, and those who ended your access.
      </p>
      <InviteClientForm />
      <PendingInvitations invitations={pending.items} timeZone={actor.timeZone}>
        <Pager
          of="pending invitations"
          {...pagerLinks(invitationsCursor, pending.nextCursor, (c) =>
            link("invitationsCursor", c, "pending-heading"),
          )}
        />
      </PendingInvitations>
    </TherapistFrame>
  );
}
