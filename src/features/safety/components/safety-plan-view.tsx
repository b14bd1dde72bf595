import { env } from "~/env";
import type { TSafetyPlanContent } from "../schema";
import { SAFETY_PLAN_SECTIONS, SAFETY_PLAN_TEXT } from "../constants";

const lines = (text: string) =>
  text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);

/**
 * The plan as it reads and prints: four short lists and the emergency line, on one page. Shared
 * by the client's page and the therapist's (`owner` words it for who is reading).
 */
export function SafetyPlanView({
  plan,
  owner,
}: {
  plan: TSafetyPlanContent;
  owner: "client" | "therapist";
}) {
  return (
    <div className="flex flex-col gap-4 print:gap-2">
      {SAFETY_PLAN_SECTIONS.map((key) => {
        const items = lines(plan[key]);
        return (
          <section
            key={key}
            aria-labelledby={`plan-${key}`}
            className="rounded-xl border border-slate-200 bg-white p-4 print:break-inside-avoid print:border-slate-400 print:p-2"
          >
            <h2 id={`plan-${key}`} className="font-semibold text-slate-900">
              {SAFETY_PLAN_TEXT[key].title}
            </h2>
            {items.length > 0 ? (
              <ul className="mt-1 list-disc pl-6 text-slate-800">
                {items.map((item, i) => (
                  <li key={`${i}-${item}`}>{item}</li>
                ))}
              </ul>
            ) : (
              <p className="mt-1 text-sm text-slate-700">
                {owner === "client" ? "Nothing here yet." : "Nothing written here yet."}
              </p>
            )}
          </section>
        );
      })}
      <p className="rounded-xl border border-amber-300 bg-amber-50 p-4 text-amber-950 print:p-2">
        <strong>If I am in danger right now, I call my local emergency number.</strong> Crisis lines
        near me: {env.CRISIS_RESOURCES_URL}
      </p>
    </div>
  );
}
