import type { TLadderBody } from "~/features/templates/schema";
import { WhyItHelps } from "~/features/templates/components/why-it-helps";
import { ladderPreview } from "../preview";
import { LadderRule } from "./ladder-rule";
import { LadderView } from "./ladder-view";

/**
 * A ladder template as the client sees it on the day it is assigned, drawn with the client's own
 * ladder component: the template preview's body.
 */
export function LadderPreview(template: { title: string; whyItHelps: string; body: TLadderBody }) {
  return (
    <>
      <LadderRule
        targetDistress={template.body.targetDistress}
        masteryStreak={template.body.masteryStreak}
      />
      {template.whyItHelps ? <WhyItHelps text={template.whyItHelps} headingLevel={4} /> : null}
      <LadderView
        ladder={ladderPreview(template)}
        // No attempts yet, so no dates to show in anyone's zone.
        timeZone="UTC"
        viewer="client"
        stepHeadingLevel={4}
        renderStepActions={(step) =>
          step.status === "current" ? (
            <p className="rounded-lg border border-dashed border-slate-300 p-3 text-sm text-slate-700">
              Here your client writes what they fear will happen, rates their distress and starts an
              attempt.
            </p>
          ) : null
        }
      />
    </>
  );
}
