"use client";

import { Button } from "~/components/ui/button";
import type { TWorksheetField } from "~/features/templates/schema";
import type { TAnswers } from "../answer-rules";
import { describeAnswer } from "./worksheet-answers-view";

type Props = {
  fields: readonly TWorksheetField[];
  /** What this tab holds (also still in the fields below). */
  local: Partial<TAnswers>;
  /** The newer copy another tab or device saved. */
  saved: TAnswers;
  onKeepLocal: () => void;
  onUseSaved: () => void;
};

/**
 * Two copies of the same answers: the client decides which to keep, seeing both side by side.
 * Nothing is sent or dropped until they choose.
 */
export function ConflictChoice({ fields, local, saved, onKeepLocal, onUseSaved }: Props) {
  const differing = fields.filter(
    (f) => JSON.stringify(local[f.id]) !== JSON.stringify(saved[f.id]),
  );
  return (
    <section
      aria-labelledby="conflict-heading"
      className="flex flex-col gap-4 rounded-xl border-2 border-amber-500 bg-amber-50 p-4"
    >
      <h2 id="conflict-heading" className="text-lg font-semibold text-slate-900">
        These answers were also changed somewhere else
      </h2>
      <p className="text-slate-800">
        Another tab or device saved different answers after this page opened. Your text in this tab
        is kept until you choose which answers to keep.
      </p>
      <dl className="flex flex-col gap-3">
        {differing.map((field) => (
          <div key={field.id} className="flex flex-col gap-1">
            <dt className="text-sm font-semibold text-slate-800">{field.label}</dt>
            <dd className="text-sm text-slate-900">
              <span className="font-semibold">In this tab: </span>
              <span className="whitespace-pre-wrap">{describeAnswer(field, local[field.id])}</span>
            </dd>
            <dd className="text-sm text-slate-900">
              <span className="font-semibold">Newer saved copy: </span>
              <span className="whitespace-pre-wrap">{describeAnswer(field, saved[field.id])}</span>
            </dd>
          </div>
        ))}
      </dl>
      <div className="flex flex-wrap gap-3">
        <Button onClick={onKeepLocal}>Keep the answers in this tab</Button>
        <Button variant="secondary" onClick={onUseSaved}>
          Use the newer saved copy
        </Button>
      </div>
    </section>
  );
}
