import type { Metadata } from "next";
import { StepHistorySection } from "~/features/ladder/components/step-history-section";
import {
  loadStepAttemptsForPage,
  readStepPage,
  type TStepPageProps,
} from "~/features/ladder/load-for-page";
import { PortalFrame } from "~/components/layout/portal-frame";
import { requireClient } from "~/server/auth/guard";

// A fixed title: nothing the client wrote ever reaches the tab or history.
export const metadata: Metadata = { title: "Your attempts" };

export default async function ClientStepHistoryPage(props: TStepPageProps) {
  const at = await readStepPage(props, "/portal/ladders");
  const actor = await requireClient(at.path);
  const page = await loadStepAttemptsForPage(at);
  return (
    <PortalFrame actor={actor}>
      <StepHistorySection at={at} page={page} timeZone={actor.timeZone} viewer="client" />
    </PortalFrame>
  );
}
