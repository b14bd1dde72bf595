"use client";

import { FieldErrors, PartErrors, TextAreaField, TextField, useField } from "~/components/ui/field";
import { newStep } from "../builder-ops";
import type { TLadderBody, TLadderStep } from "../schema";
import { ladderOrderWarnings } from "../constants";
import { inputClass, numberValue } from "./builder-controls";
import { BuilderList, ItemFieldset, type TItemEdits } from "./builder-list";

export type TLadderBuilderProps = {
  /** Where the form holds the body: each input's messages are under `${name}.steps.1.title`. */
  name: string;
  value: TLadderBody;
  onChange: (next: TLadderBody) => void;
};

/** Controlled editor for a ladder: steps from easiest to hardest, and when to suggest moving on. */
export function LadderBuilder({ name, value, onChange }: TLadderBuilderProps) {
  const steps = value.steps;
  const setSteps = (next: TLadderStep[]) => onChange({ ...value, steps: next });
  const warnings = ladderOrderWarnings(steps);

  return (
    <div className="flex flex-col gap-5">
      <p className="text-sm text-slate-700">
        Put the steps in order of difficulty, easiest first. Expected distress is how hard you
        expect the step to feel, from 0 (calm) to 100 (the worst imaginable).
      </p>
      <PartErrors name={`${name}.steps`} />
      {/* Polite, not an alert: the order is the therapist's call, this is only a hint. */}
      <div aria-live="polite">
        {warnings.length ? (
          <div className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
            <p className="font-semibold">Check the order and spacing of the steps</p>
            <ul className="mt-1 list-disc pl-5">
              {warnings.map((w) => (
                <li key={w.message}>{w.message}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
      <BuilderList
        items={steps}
        noun="Step"
        empty="No steps yet. Add the first one below."
        onChange={setSteps}
        renderItem={(step, edits) => (
          <StepEditor step={step} name={`${name}.steps.${edits.index}`} edits={edits} />
        )}
        addLabel="Add step"
        newItem={() => newStep(steps)}
      />
      <MasterySettings name={name} value={value} onChange={onChange} />
    </div>
  );
}

function StepEditor({
  step,
  name,
  edits,
}: {
  step: TLadderStep;
  name: string;
  edits: TItemEdits<TLadderStep>;
}) {
  const { index, onChange } = edits;
  return (
    <ItemFieldset
      legend={`Step ${index + 1}`}
      name={step.title.trim() || `step ${index + 1}`}
      edits={edits}
    >
      <TextField
        name={`${name}.title`}
        label="Step title"
        value={step.title}
        maxLength={200}
        onChange={(e) => onChange({ ...step, title: e.target.value })}
      />
      <TextAreaField
        name={`${name}.description`}
        label="What the client does (optional)"
        value={step.description}
        maxLength={2000}
        onChange={(e) => onChange({ ...step, description: e.target.value })}
      />
      <TextField
        name={`${name}.expectedDistress`}
        label="Expected distress (0-100)"
        type="number"
        inputMode="numeric"
        min={0}
        max={100}
        className="max-w-52"
        value={numberValue(step.expectedDistress)}
        onChange={(e) => onChange({ ...step, expectedDistress: e.target.valueAsNumber })}
      />
      <PartErrors name={`${name}.id`} />
    </ItemFieldset>
  );
}

/** Two number boxes inside one sentence, each with its own label and message. */
function MasterySettings({ name, value, onChange }: TLadderBuilderProps) {
  const target = useField(`${name}.targetDistress`);
  const streak = useField(`${name}.masteryStreak`);
  const small = `${inputClass} w-24 inline-block`;
  return (
    <fieldset className="flex flex-col gap-2 rounded-xl border border-slate-300 bg-white p-4">
      <legend className="px-1 font-semibold text-slate-900">When to suggest the next step</legend>
      <p className="flex flex-wrap items-center gap-2 text-slate-800">
        <span>Suggest moving on when the after-distress is at or below</span>
        <label htmlFor={target.control.id} className="sr-only">
          After-distress at or below (0-100)
        </label>
        <input
          {...target.control}
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          className={small}
          value={numberValue(value.targetDistress)}
          onChange={(e) => onChange({ ...value, targetDistress: e.target.valueAsNumber })}
        />
        <span>for</span>
        <label htmlFor={streak.control.id} className="sr-only">
          Attempts in a row (1-5)
        </label>
        <input
          {...streak.control}
          type="number"
          inputMode="numeric"
          min={1}
          max={5}
          className={small}
          value={numberValue(value.masteryStreak)}
          onChange={(e) => onChange({ ...value, masteryStreak: e.target.valueAsNumber })}
        />
        <span>attempts in a row.</span>
      </p>
      <FieldErrors id={target.errorId} errors={target.errors} />
      <FieldErrors id={streak.errorId} errors={streak.errors} />
      <p className="text-sm text-slate-600">
        The client always decides; this only decides when the app offers the next step.
      </p>
    </fieldset>
  );
}
