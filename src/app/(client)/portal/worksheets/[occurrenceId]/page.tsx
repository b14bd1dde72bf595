import type { Metadata } from "next";
import { PortalFrame } from "~/components/layout/portal-frame";
import { WorksheetTaskView } from "~/features/worksheets/components/worksheet-task-view";
import { requireClient } from "~/server/auth/guard";
import { getServerApi, orNotFound } from "~/trpc/server";

// A fixed title: the page's words (and answers) never reach tabs, history or bookmarks.
export const metadata: Metadata = { title: "Worksheet" };

export default async function WorksheetPage({
  params,
  searchParams,
}: {
  params: Promise<{ occurrenceId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { occurrenceId } = await params;
  const actor = await requireClient(`/portal/worksheets/${encodeURIComponent(occurrenceId)}`);
  const api = await getServerApi();
  const task = await orNotFound(api.worksheets.task({ occurrenceId }));
  return (
    <PortalFrame actor={actor}>
      <WorksheetTaskView
        task={task}
        userId={actor.userId}
        timeZone={actor.timeZone}
        justSubmitted={(await searchParams).submitted === "1"}
      />
    </PortalFrame>
  );
}
