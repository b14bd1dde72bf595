import type { Metadata } from "next";
import Link from "next/link";
import { TherapistFrame } from "~/components/layout/therapist-frame";
import { TherapistLadder } from "~/features/ladder/components/therapist-ladder";
import { loadLadderForPage } from "~/features/ladder/load-for-page";
import { recordTherapistView } from "~/server/audit-view";
import { requireTherapist } from "~/server/auth/guard";

export const metadata: Metadata = { title: "Client ladder" };

export default async function TherapistLadderPage({
  params,
}: {
  params: Promise<{ assignmentId: string }>;
}) {
  const { assignmentId } = await params;
  const actor = await requireTherapist(`/therapist/ladders/${encodeURIComponent(assignmentId)}`);
  const ladder = await loadLadderForPage(assignmentId);
  await recordTherapistView({
    entity: "ladder",
    entityId: assignmentId,
    clientId: ladder.clientId,
  });
  return (
    <TherapistFrame actor={actor}>
      <header className="flex flex-col gap-2">
        <Link
          href={`/therapist/clients/${ladder.clientId}`}
          className="self-start font-semibold text-brand-800 underline underline-offset-2"
        >
          Back to {ladder.clientName}
        </Link>
        <p className="text-sm font-medium text-slate-700">Client: {ladder.clientName}</p>
        <h1 className="text-2xl font-bold">{ladder.title}</h1>
        {ladder.instructions ? (
          <p className="whitespace-pre-wrap text-slate-700">{ladder.instructions}</p>
        ) : null}
        <p className="text-sm text-slate-700">
          Suggests moving up after {ladder.masteryStreak} attempts in a row that peak at or below
          the step&rsquo;s expected distress and end at or below {ladder.targetDistress}.
        </p>
      </header>
      <TherapistLadder ladder={ladder} timeZone={actor.timeZone} />
    </TherapistFrame>
  );
}
