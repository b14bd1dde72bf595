import type { Metadata } from "next";
import { TherapistHeader } from "~/components/layout/therapist-header";
import { StepHistorySection } from "~/features/ladder/components/step-history-section";
import {
  loadStepAttemptsForPage,
  readStepPage,
  type TStepPageProps,
} from "~/features/ladder/load-for-page";
import { requireTherapist } from "~/server/auth/guard";

export const metadata: Metadata = { title: "Step attempts" };

export default async function TherapistStepHistoryPage(props: TStepPageProps) {
  const at = await readStepPage(props, "/therapist/ladders");
  const actor = await requireTherapist(at.path);
  const page = await loadStepAttemptsForPage(at);
  return (
    <>
      <TherapistHeader userName={actor.name} />
      <main className="mx-auto flex max-w-3xl flex-col gap-6 px-4 py-8">
        <StepHistorySection at={at} page={page} timeZone={actor.timeZone} viewer="therapist" />
      </main>
    </>
  );
}
