import { Card } from "~/components/ui/card";
import { WorksheetFields } from "~/features/worksheets/components/worksheet-fields";
import type { TTemplateDetail } from "../schema";

/** The client's view of a template, read-only: title, why it helps, then the fields or steps. */
export function TemplatePreview({ template }: { template: TTemplateDetail }) {
  return (
    <Card className="flex flex-col gap-5">
      <h3 className="text-xl font-bold">{template.title}</h3>
      {template.whyItHelps ? (
        <div className="rounded-lg bg-brand-50 px-4 py-3">
          <h4 className="font-semibold">Why this helps</h4>
          <p className="mt-1 whitespace-pre-line text-slate-800">{template.whyItHelps}</p>
        </div>
      ) : null}
      {template.kind === "WORKSHEET" ? (
        <WorksheetFields fields={template.body.fields} values={{}} disabled />
      ) : (
        <ol className="flex flex-col gap-3" aria-label="Ladder steps, easiest first">
          {template.body.steps.map((step, index) => (
            <li key={step.id} className="rounded-lg border border-slate-200 p-4">
              <p className="font-semibold">
                Step {index + 1}: {step.title}
              </p>
              {step.description ? (
                <p className="mt-1 whitespace-pre-line text-slate-700">{step.description}</p>
              ) : null}
              <p className="mt-1 text-sm text-slate-700">
                Expected distress: {step.expectedDistress} out of 100
              </p>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
