import type { Metadata } from "next";
import { AppHeader } from "~/components/layout/app-header";
import { CrisisBanner } from "~/features/account/components/crisis-banner";
import { ClientLadder } from "~/features/ladder/components/client-ladder";
import { loadLadderForPage } from "~/features/ladder/load-for-page";
import { requireClient } from "~/server/auth/guard";

// A fixed title: nothing the client wrote ever reaches the tab or history.
export const metadata: Metadata = { title: "Your ladder" };

export default async function ClientLadderPage({
  params,
}: {
  params: Promise<{ assignmentId: string }>;
}) {
  const { assignmentId } = await params;
  const actor = await requireClient(`/portal/ladders/${encodeURIComponent(assignmentId)}`);
  const ladder = await loadLadderForPage(assignmentId);
  return (
    <>
      <AppHeader home="/portal" nav={[{ href: "/portal", label: "Today" }]} userName={actor.name} />
      <main className="mx-auto flex max-w-2xl flex-col gap-6 px-4 py-6">
        <header className="flex flex-col gap-2">
          <h1 className="text-2xl font-bold">{ladder.title}</h1>
          {ladder.instructions ? (
            <p className="whitespace-pre-wrap text-slate-700">{ladder.instructions}</p>
          ) : null}
          <p className="text-sm text-slate-700">
            Work on the current step as often as you like. When your distress afterwards has been at
            or below {ladder.targetDistress} for {ladder.masteryStreak} attempts in a row, the app
            suggests moving up, and you decide.
          </p>
        </header>
        {ladder.whyItHelps ? (
          <section aria-labelledby="why-heading" className="rounded-lg bg-brand-50 px-4 py-3">
            <h2 id="why-heading" className="font-semibold">
              Why this helps
            </h2>
            <p className="mt-1 whitespace-pre-line text-slate-800">{ladder.whyItHelps}</p>
          </section>
        ) : null}
        <CrisisBanner />
        <ClientLadder ladder={ladder} timeZone={actor.timeZone} />
      </main>
    </>
  );
}
