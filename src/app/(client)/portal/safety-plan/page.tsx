import type { Metadata } from "next";
import { PortalFrame } from "~/components/layout/portal-frame";
import { ButtonLink } from "~/components/ui/button-link";
import { PrintButton } from "~/components/ui/print-button";
import { SafetyPlanView } from "~/features/safety/components/safety-plan-view";
import { SuggestionChoice } from "~/features/safety/components/suggestion-choice";
import { SAFETY_PLAN_TEXT } from "~/features/safety/constants";
import { formatDateTime } from "~/lib/format";
import { requireClient } from "~/server/auth/guard";
import { getServerApi } from "~/trpc/server";

export const metadata: Metadata = { title: "My safety plan" };

export default async function SafetyPlanPage() {
  const actor = await requireClient("/portal/safety-plan");
  const plan = await (await getServerApi()).safetyPlan.get({});
  return (
    <PortalFrame actor={actor}>
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">My safety plan</h1>
        <p className="text-slate-700 print:hidden">
          What helps you on a hard day, in your own words. Keep it short: a plan you can use when
          things feel too much is better than a long one. You can change it at any time.
        </p>
        {plan.updatedAt ? (
          <p className="text-sm text-slate-700">
            Last changed {formatDateTime(plan.updatedAt, actor.timeZone)}
          </p>
        ) : null}
        <div className="flex flex-wrap gap-2 print:hidden">
          <ButtonLink href="/portal/safety-plan/edit">
            {plan.updatedAt ? "Edit my plan" : "Write my plan"}
          </ButtonLink>
          <PrintButton label="Print my plan" />
        </div>
      </header>
      {plan.suggestions.length > 0 ? (
        <section
          aria-labelledby="suggestions-heading"
          className="flex flex-col gap-3 rounded-xl border border-sky-300 bg-sky-50 p-4 print:hidden"
        >
          <h2 id="suggestions-heading" className="font-semibold">
            Suggestions from your therapist
          </h2>
          <ul className="flex flex-col gap-3">
            {plan.suggestions.map((s) => (
              <li key={s.id} className="flex flex-col gap-2 rounded-lg bg-white p-3">
                <p className="text-sm text-slate-700">
                  {s.therapistName} suggests adding to &ldquo;{SAFETY_PLAN_TEXT[s.section].title}
                  &rdquo;:
                </p>
                <p className="whitespace-pre-wrap">{s.body}</p>
                <SuggestionChoice suggestionId={s.id} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <SafetyPlanView plan={plan} owner="client" />
      <p className="text-sm text-slate-700 print:hidden">
        If someone is hurting you, it is not your fault. Put the people and services who can help
        you stay safe in your plan, and tell your therapist.
      </p>
    </PortalFrame>
  );
}
