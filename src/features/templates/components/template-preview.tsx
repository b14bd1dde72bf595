import { Card } from "~/components/ui/card";
import { LadderRule, WhyItHelps } from "~/features/ladder/components/ladder-intro";
import { LadderView } from "~/features/ladder/components/ladder-view";
import { ladderPreview } from "~/features/ladder/preview";
import { WorksheetFields } from "~/features/worksheets/components/worksheet-fields";
import type { TTemplateDetail } from "../schema";

/**
 * The client's view of a template, read-only, drawn with the client's own components: a
 * worksheet's fields, or the ladder as it looks on the day it is assigned.
 */
export function TemplatePreview({ template }: { template: TTemplateDetail }) {
  return (
    <Card className="flex flex-col gap-5">
      <h3 className="text-xl font-bold">{template.title}</h3>
      {template.kind === "WORKSHEET" ? (
        <>
          {template.whyItHelps ? (
            // Line breaks as the client's worksheet page shows them (worksheet-task-view).
            <WhyItHelps text={template.whyItHelps} headingLevel={4} keepLineBreaks={false} />
          ) : null}
          <WorksheetFields fields={template.body.fields} values={{}} disabled />
        </>
      ) : (
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
                  Here your client writes what they fear will happen, rates their distress and
                  starts an attempt.
                </p>
              ) : null
            }
          />
        </>
      )}
    </Card>
  );
}
