"use client";

import { useId } from "react";
import { FieldErrors, TextAreaField, TextField } from "~/components/ui/field";
import { newStep } from "../builder-ops";
import { ladderOrderWarnings, type TLadderBody, type TLadderStep } from "../schema";
import { inputClass, numberValue } from "./builder-controls";
import { BuilderList, ItemFieldset, type TItemEdits } from "./builder-list";

type TErrors = Record<string, string[] | undefined>;

export type TLadderBuilderProps = {
  value: TLadderBody;
  onChange: (next: TLadderBody) => void;
  /** Keyed by zod issue path joined with "." (e.g. "steps.1.title"); see pathErrorsOf. */
  errors?: TErrors;
};

/** Controlled editor for a ladder: steps from easiest to hardest, and when to suggest moving on. */
export function LadderBuilder({ value, onChange, errors = {} }: TLadderBuilderProps) {
  const steps = value.steps;
  const setSteps = (next: TLadderStep[]) => onChange({ ...value, steps: next });
  const warnings = ladderOrderWarnings(steps);

  return (
    <div className="flex flex-col gap-5">
      <p className="text-sm text-slate-700">
        Put the steps in order of difficulty, easiest first. Expected distress is how hard you
        expect the step to feel, from 0 (calm) to 100 (the worst imaginable).
      </p>
      <FieldErrors errors={errors.steps} />
      {/* Polite, not an alert: the order is the therapist's call, this is only a hint. */}
      <div aria-live="polite">
        {warnings.length ? (
          <div className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
            <p className="font-semibold">Check the order of the steps</p>
            <ul className="mt-1 list-disc pl-5">
              {warnings.map((w) => (
                <li key={w.stepId}>{w.message}</li>
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
        renderItem={(step, edits) => <StepEditor step={step} errors={errors} edits={edits} />}
        addLabel="Add step"
        newItem={() => newStep(steps)}
      />
      <MasterySettings value={value} onChange={onChange} errors={errors} />
    </div>
  );
}

function StepEditor({
  step,
  errors,
  edits,
}: {
  step: TLadderStep;
  errors: TErrors;
  edits: TItemEdits<TLadderStep>;
}) {
  const { index, onChange } = edits;
  const at = (key: string) => errors[`steps.${index}.${key}`];
  return (
    <ItemFieldset
      legend={`Step ${index + 1}`}
      name={step.title.trim() || `step ${index + 1}`}
      edits={edits}
    >
      <TextField
        label="Step title"
        value={step.title}
        maxLength={200}
        errors={at("title")}
        onChange={(e) => onChange({ ...step, title: e.target.value })}
      />
      <TextAreaField
        label="What the client does (optional)"
        value={step.description}
        maxLength={2000}
        errors={at("description")}
        onChange={(e) => onChange({ ...step, description: e.target.value })}
      />
      <TextField
        label="Expected distress (0-100)"
        type="number"
        inputMode="numeric"
        min={0}
        max={100}
        className="max-w-52"
        value={numberValue(step.expectedDistress)}
        errors={[...(at("expectedDistress") ?? []), ...(at("id") ?? [])]}
        onChange={(e) => onChange({ ...step, expectedDistress: e.target.valueAsNumber })}
      />
    </ItemFieldset>
  );
}

function MasterySettings({ value, onChange, errors }: TLadderBuilderProps & { errors: TErrors }) {
  const id = useId();
  const small = `${inputClass} w-24 inline-block`;
  return (
    <fieldset className="flex flex-col gap-2 rounded-xl border border-slate-300 bg-white p-4">
      <legend className="px-1 font-semibold text-slate-900">When to suggest the next step</legend>
      <p className="flex flex-wrap items-center gap-2 text-slate-800">
        <span>Suggest moving on when the after-distress is at or below</span>
        <label htmlFor={`${id}-target`} className="sr-only">
          After-distress at or below (0-100)
        </label>
        <input
          id={`${id}-target`}
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          className={small}
          aria-invalid={errors.targetDistress?.length ? true : undefined}
          aria-describedby={errors.targetDistress?.length ? `${id}-target-error` : undefined}
          value={numberValue(value.targetDistress)}
          onChange={(e) => onChange({ ...value, targetDistress: e.target.valueAsNumber })}
        />
        <span>for</span>
        <label htmlFor={`${id}-streak`} className="sr-only">
          Attempts in a row (1-5)
        </label>
        <input
          id={`${id}-streak`}
          type="number"
          inputMode="numeric"
          min={1}
          max={5}
          className={small}
          aria-invalid={errors.masteryStreak?.length ? true : undefined}
          aria-describedby={errors.masteryStreak?.length ? `${id}-streak-error` : undefined}
          value={numberValue(value.masteryStreak)}
          onChange={(e) => onChange({ ...value, masteryStreak: e.target.valueAsNumber })}
        />
        <span>attempts in a row.</span>
      </p>
      <FieldErrors id={`${id}-target-error`} errors={errors.targetDistress} />
      <FieldErrors id={`${id}-streak-error`} errors={errors.masteryStreak} />
      <p className="text-sm text-slate-600">
        The client always decides; this only decides when the app offers the next step.
      </p>
    </fieldset>
  );
}
