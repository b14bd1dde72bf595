import type { Metadata } from "next";
import { ClientLadder } from "~/features/ladder/components/client-ladder";
import { LadderRule } from "~/features/ladder/components/ladder-rule";
import { loadLadderForPage } from "~/features/ladder/load-for-page";
import { PortalFrame } from "~/components/layout/portal-frame";
import { AttemptResponse } from "~/features/safety/components/attempt-response";
import { WhyItHelps } from "~/features/templates/components/why-it-helps";
import { requireClient } from "~/server/auth/guard";

// A fixed title: nothing the client wrote ever reaches the tab or history.
export const metadata: Metadata = { title: "Your ladder" };

export default async function ClientLadderPage({
  params,
  searchParams,
}: {
  params: Promise<{ assignmentId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { assignmentId } = await params;
  const actor = await requireClient(`/portal/ladders/${encodeURIComponent(assignmentId)}`);
  const ladder = await loadLadderForPage(assignmentId);
  // ?after=<attempt>: the attempt just recorded or stopped (its step shows it as the newest).
  const { after } = await searchParams;
  const ended = ladder.attempts.find((a) => a.id === after && (a.completedAt || a.stoppedAt));
  const endedStep = ladder.steps.find((s) => s.id === ended?.stepId);
  return (
    <PortalFrame actor={actor}>
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{ladder.title}</h1>
        {ladder.instructions ? (
          <p className="whitespace-pre-wrap text-slate-700">{ladder.instructions}</p>
        ) : null}
        <LadderRule targetDistress={ladder.targetDistress} masteryStreak={ladder.masteryStreak} />
      </header>
      {ended && endedStep ? (
        <AttemptResponse attempt={ended} expectedDistress={endedStep.expectedDistress} />
      ) : null}
      {ladder.whyItHelps ? <WhyItHelps text={ladder.whyItHelps} /> : null}
      <ClientLadder ladder={ladder} timeZone={actor.timeZone} userId={actor.userId} />
    </PortalFrame>
  );
}
