import type { Metadata } from "next";
import { AppHeader } from "~/components/layout/app-header";
import { CaseloadList } from "~/features/clients/components/caseload-list";
import { requireTherapist } from "~/server/auth/guard";
import { getServerApi } from "~/trpc/server";

export const metadata: Metadata = { title: "Caseload" };

export default async function TherapistHomePage() {
  const actor = await requireTherapist("/therapist");
  const clients = await (await getServerApi()).clients.list();
  return (
    <>
      <AppHeader
        home="/therapist"
        nav={[{ href: "/therapist", label: "Caseload" }]}
        userName={actor.name}
      />
      <main className="mx-auto flex max-w-5xl flex-col gap-6 px-4 py-8">
        <h1 className="text-2xl font-bold">Your caseload</h1>
        <CaseloadList clients={clients} />
      </main>
    </>
  );
}
