import type { Metadata } from "next";
import { TherapistFrame } from "~/components/layout/therapist-frame";
import { StepHistorySection } from "~/features/ladder/components/step-history-section";
import {
  loadStepAttemptsForPage,
  readStepPage,
  type TStepPageProps,
} from "~/features/ladder/load-for-page";
import { recordTherapistView } from "~/server/audit-view";
import { requireTherapist } from "~/server/auth/guard";

export const metadata: Metadata = { title: "Step attempts" };

export default async function TherapistStepHistoryPage(props: TStepPageProps) {
  const at = await readStepPage(props, "/therapist/ladders");
  const actor = await requireTherapist(at.path);
  const page = await loadStepAttemptsForPage(at);
  await recordTherapistView({ entity: "step", entityId: at.stepId, clientId: page.clientId });
  return (
    <TherapistFrame actor={actor}>
      <StepHistorySection at={at} page={page} timeZone={actor.timeZone} viewer="therapist" />
    </TherapistFrame>
  );
}
