import type { Metadata } from "next";
import Link from "next/link";
import { Pager } from "~/components/ui/pager";
import { StepHistory } from "~/features/ladder/components/step-history";
import { ClientPage } from "~/features/portal/components/client-page";
import { readCursor } from "~/lib/paging";
import { requireClient } from "~/server/auth/guard";
import { getServerApi, orNotFound } from "~/trpc/server";

// A fixed title: nothing the client wrote ever reaches the tab or history.
export const metadata: Metadata = { title: "Your attempts" };

type Props = {
  params: Promise<{ assignmentId: string; stepId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function ClientStepHistoryPage({ params, searchParams }: Props) {
  const { assignmentId, stepId } = await params;
  const cursor = readCursor((await searchParams).cursor);
  const ladderPath = `/portal/ladders/${encodeURIComponent(assignmentId)}`;
  const path = `${ladderPath}/steps/${encodeURIComponent(stepId)}`;
  const actor = await requireClient(path);
  const api = await getServerApi();
  const page = await orNotFound(api.ladder.stepAttempts({ assignmentId, stepId, cursor }));
  return (
    <ClientPage userName={actor.name}>
      <header className="flex flex-col gap-2">
        <Link
          href={ladderPath}
          className="font-semibold text-brand-800 underline underline-offset-2"
        >
          Back to {page.title}
        </Link>
        <h1 className="text-2xl font-bold">
          Step {page.step.number}: {page.step.title}
        </h1>
        <p className="text-slate-700">All your attempts on this step, newest first.</p>
      </header>
      <StepHistory page={page} timeZone={actor.timeZone} viewer="client" />
      <Pager
        of="attempts"
        firstHref={cursor ? path : null}
        nextHref={page.nextCursor ? `${path}?cursor=${page.nextCursor}` : null}
      />
    </ClientPage>
  );
}
