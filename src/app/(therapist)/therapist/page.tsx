import type { Metadata } from "next";
import { TherapistHeader } from "~/components/layout/therapist-header";
import { CaseloadList } from "~/features/clients/components/caseload-list";
import { InviteClientForm } from "~/features/invitations/components/invite-client-form";
import { PendingInvitations } from "~/features/invitations/components/pending-invitations";
import { requireTherapist } from "~/server/auth/guard";
import { getServerApi } from "~/trpc/server";

export const metadata: Metadata = { title: "Caseload" };

export default async function TherapistHomePage() {
  const actor = await requireTherapist("/therapist");
  const api = await getServerApi();
  const [clients, pending] = await Promise.all([
    api.clients.list(),
    api.invitations.list({ status: "pending" }),
  ]);
  return (
    <>
      <TherapistHeader userName={actor.name} />
      <main className="mx-auto flex max-w-5xl flex-col gap-8 px-4 py-8">
        <h1 className="text-2xl font-bold">Your caseload</h1>
        <CaseloadList clients={clients} />
        <InviteClientForm />
        <PendingInvitations invitations={pending.items} />
      </main>
    </>
  );
}
