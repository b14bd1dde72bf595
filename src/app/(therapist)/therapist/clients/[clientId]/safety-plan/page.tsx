import type { Metadata } from "next";
import Link from "next/link";
import { TherapistFrame } from "~/components/layout/therapist-frame";
import { Card } from "~/components/ui/card";
import { PrintButton } from "~/components/ui/print-button";
import { SafetyPlanView } from "~/features/safety/components/safety-plan-view";
import { SuggestForm } from "~/features/safety/components/suggest-form";
import { SAFETY_PLAN_TEXT } from "~/features/safety/constants";
import { formatDateTime } from "~/lib/format";
import { requireTherapist } from "~/server/auth/guard";
import { getServerApi, orNotFound } from "~/trpc/server";

export const metadata: Metadata = { title: "Safety plan" };

export default async function ClientSafetyPlanPage({
  params,
}: {
  params: Promise<{ clientId: string }>;
}) {
  const { clientId } = await params;
  const actor = await requireTherapist(`/therapist/clients/${clientId}/safety-plan`);
  const plan = await orNotFound((await getServerApi()).safetyPlan.get({ clientId }));
  return (
    <TherapistFrame actor={actor}>
      <Link
        href={`/therapist/clients/${clientId}`}
        className="font-semibold text-brand-800 underline print:hidden"
      >
        Back to {plan.clientName}
      </Link>
      <header className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold">Safety plan of {plan.clientName}</h1>
        <p className="text-sm text-slate-700">
          {plan.updatedAt
            ? `Last changed ${formatDateTime(plan.updatedAt, actor.timeZone)}. `
            : "Not written yet. "}
          The plan is your client&rsquo;s own: you can read it and suggest additions.
        </p>
        <div className="print:hidden">
          <PrintButton label="Print the plan" />
        </div>
      </header>
      <SafetyPlanView plan={plan} owner="therapist" />
      <section aria-labelledby="suggest-heading" className="flex flex-col gap-3 print:hidden">
        <h2 id="suggest-heading" className="text-xl font-semibold">
          Suggest an addition
        </h2>
        {plan.suggestions.length > 0 ? (
          <Card>
            <p className="text-sm font-semibold">Waiting for your client to decide:</p>
            <ul className="mt-1 list-disc pl-6 text-sm">
              {plan.suggestions.map((s) => (
                <li key={s.id}>
                  {SAFETY_PLAN_TEXT[s.section].title}: {s.body}
                </li>
              ))}
            </ul>
          </Card>
        ) : null}
        <Card>
          <SuggestForm clientId={clientId} />
        </Card>
      </section>
    </TherapistFrame>
  );
}
