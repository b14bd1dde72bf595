import type { Metadata } from "next";
import Link from "next/link";
import { TherapistHeader } from "~/components/layout/therapist-header";
import { Pager } from "~/components/ui/pager";
import { StepHistory } from "~/features/ladder/components/step-history";
import { readCursor } from "~/lib/paging";
import { requireTherapist } from "~/server/auth/guard";
import { getServerApi, orNotFound } from "~/trpc/server";

export const metadata: Metadata = { title: "Step attempts" };

type Props = {
  params: Promise<{ assignmentId: string; stepId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function TherapistStepHistoryPage({ params, searchParams }: Props) {
  const { assignmentId, stepId } = await params;
  const cursor = readCursor((await searchParams).cursor);
  const ladderPath = `/therapist/ladders/${encodeURIComponent(assignmentId)}`;
  const path = `${ladderPath}/steps/${encodeURIComponent(stepId)}`;
  const actor = await requireTherapist(path);
  const api = await getServerApi();
  const page = await orNotFound(api.ladder.stepAttempts({ assignmentId, stepId, cursor }));
  return (
    <>
      <TherapistHeader userName={actor.name} />
      <main className="mx-auto flex max-w-3xl flex-col gap-6 px-4 py-8">
        <header className="flex flex-col gap-2">
          <Link
            href={ladderPath}
            className="font-semibold text-brand-800 underline underline-offset-2"
          >
            Back to {page.title}
          </Link>
          <p className="text-sm font-medium text-slate-700">Client: {page.clientName}</p>
          <h1 className="text-2xl font-bold">
            Step {page.step.number}: {page.step.title}
          </h1>
          <p className="text-slate-700">Every attempt on this step, newest first.</p>
        </header>
        <StepHistory page={page} timeZone={actor.timeZone} viewer="therapist" />
        <Pager
          of="attempts"
          firstHref={cursor ? path : null}
          nextHref={page.nextCursor ? `${path}?cursor=${page.nextCursor}` : null}
        />
      </main>
    </>
  );
}
