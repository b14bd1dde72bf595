import type { Metadata } from "next";
import { TherapistFrame } from "~/components/layout/therapist-frame";
import { Pager } from "~/components/ui/pager";
import { CaseloadList } from "~/features/clients/components/caseload-list";
import { InviteClientForm } from "~/features/invitations/components/invite-client-form";
import { PendingInvitations } from "~/features/invitations/components/pending-invitations";
import { hrefWith, pagerLinks, readCursor } from "~/lib/paging";
import { requireTherapist } from "~/server/auth/guard";
import { getServerApi } from "~/trpc/server";

export const metadata: Metadata = { title: "Caseload" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TherapistHomePage({ searchParams }: Props) {
  const actor = await requireTherapist("/therapist");
  const params = await searchParams;
  // Two lists page independently: each link keeps the other list where it is.
  const clientsCursor = readCursor(params.clientsCursor);
  const invitationsCursor = readCursor(params.invitationsCursor);
  const api = await getServerApi();
  const [clients, pending] = await Promise.all([
    api.clients.list({ cursor: clientsCursor }),
    // Pending, and expired ones still waiting for a new link.
    api.invitations.list({ status: "open", cursor: invitationsCursor }),
  ]);
  const link = (key: string, cursor: string | undefined, anchor: string) =>
    hrefWith("/therapist", params, { [key]: cursor }, anchor);
  return (
    <TherapistFrame userName={actor.name} wide>
      <h1 className="text-2xl font-bold" id="caseload">
        Your caseload
      </h1>
      <CaseloadList clients={clients.items} />
      <Pager
        of="clients"
        {...pagerLinks(clientsCursor, clients.nextCursor, (c) =>
          link("clientsCursor", c, "caseload"),
        )}
      />
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
