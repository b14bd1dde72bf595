"use client";

import { useId, useState } from "react";
import { Button } from "~/components/ui/button";
import { Field, PartErrors, TextAreaField, TextField } from "~/components/ui/field";
import {
  FIELD_TYPE_LABELS,
  newField,
  newOption,
  removeItem,
  replaceItem,
  worksheetIds,
} from "../builder-ops";
import {
  type TChoiceField,
  type TFieldType,
  type TScaleField,
  type TWorksheetBody,
  type TWorksheetField,
} from "../schema";
import { FIELD_TYPES } from "../constants";
import { inputClass, ListAnnouncer, numberValue, useListFocus } from "./builder-controls";
import { BuilderList, ItemFieldset, type TItemEdits } from "./builder-list";

export type TWorksheetBuilderProps = {
  /** Where the form holds the body: each input's messages are under `${name}.fields.2.label`. */
  name: string;
  value: TWorksheetBody;
  onChange: (next: TWorksheetBody) => void;
};

/** Controlled editor for a worksheet body: questions of the 8 types, in order. */
export function WorksheetBuilder({ name, value, onChange }: TWorksheetBuilderProps) {
  const typeId = useId();
  const [newType, setNewType] = useState<TFieldType>("short_text");
  const fields = value.fields;
  const setFields = (next: TWorksheetField[]) => onChange({ ...value, fields: next });
  // Ids of the body as loaded stay taken after a removal: answers may still point at them.
  const [loadedIds] = useState(() => worksheetIds(value));
  const takenIds = () => [...loadedIds, ...worksheetIds(value)];

  return (
    <div className="flex flex-col gap-5">
      <PartErrors name={`${name}.fields`} />
      <BuilderList
        items={fields}
        noun="Question"
        empty="No questions yet. Add the first one below."
        onChange={setFields}
        renderItem={(field, edits) => (
          <FieldEditor
            field={field}
            name={`${name}.fields.${edits.index}`}
            takenIds={takenIds}
            edits={edits}
          />
        )}
        addLabel="Add question"
        newItem={() => newField(newType, takenIds())}
        addClassName="flex flex-wrap items-end gap-3 rounded-xl border border-dashed border-slate-400 p-4"
        addControls={
          <div className="flex flex-col gap-1.5">
            <label htmlFor={typeId} className="text-sm font-medium text-slate-800">
              New question type
            </label>
            <select
              id={typeId}
              className={inputClass}
              value={newType}
              onChange={(e) => setNewType(e.target.value as TFieldType)}
            >
              {FIELD_TYPES.map((type) => (
                <option key={type} value={type}>
                  {FIELD_TYPE_LABELS[type]}
                </option>
              ))}
            </select>
          </div>
        }
      />
      {fields.length > 1 ? <PartsSelect name={name} value={value} onChange={onChange} /> : null}
    </div>
  );
}

/**
 * One part, or two: the client submits the questions before the split first (a prediction, say)
 * and the rest afterwards, on the same due date's page.
 */
function PartsSelect({ name, value, onChange }: TWorksheetBuilderProps) {
  return (
    <Field
      name={`${name}.afterPartFrom`}
      label="Parts"
      help="Two parts suit a prediction: the client answers the first part before doing something, and the rest afterwards."
    >
      {(control) => (
        <select
          {...control}
          className={inputClass}
          value={value.afterPartFrom ?? ""}
          onChange={(e) => {
            const { afterPartFrom: _, ...rest } = value;
            onChange(e.target.value ? { ...rest, afterPartFrom: e.target.value } : rest);
          }}
        >
          <option value="">One part: all questions at once</option>
          {value.fields.slice(1).map((f, i) => (
            <option key={f.id} value={f.id}>
              Two parts: the after part starts at question {i + 2}, “{f.label || "untitled"}”
            </option>
          ))}
          {value.afterPartFrom && !value.fields.some((f) => f.id === value.afterPartFrom) ? (
            <option value={value.afterPartFrom}>Choose where the after part starts</option>
          ) : null}
        </select>
      )}
    </Field>
  );
}

function FieldEditor({
  field,
  name,
  takenIds,
  edits,
}: {
  field: TWorksheetField;
  /** Where this question's messages are: `${name}.label`. */
  name: string;
  takenIds: () => string[];
  edits: TItemEdits<TWorksheetField>;
}) {
  const { index, onChange } = edits;
  return (
    <ItemFieldset
      legend={`Question ${index + 1} · ${FIELD_TYPE_LABELS[field.type]}`}
      name={field.label.trim() || `question ${index + 1}`}
      edits={edits}
    >
      <TextField
        name={`${name}.label`}
        label="Question"
        value={field.label}
        maxLength={300}
        onChange={(e) => onChange({ ...field, label: e.target.value })}
      />
      <TextAreaField
        name={`${name}.help`}
        label="Help text (optional)"
        value={field.help ?? ""}
        maxLength={1000}
        onChange={(e) => onChange({ ...field, help: e.target.value || undefined })}
      />
      <label className="flex items-center gap-2 text-sm font-medium text-slate-800">
        <input
          type="checkbox"
          className="size-5"
          checked={field.required}
          onChange={(e) => onChange({ ...field, required: e.target.checked })}
        />
        Required
      </label>
      {field.type === "yes_no_partly" ? (
        <label className="flex items-center gap-2 text-sm font-medium text-slate-800">
          <input
            type="checkbox"
            className="size-5"
            checked={field.fearedOutcome ?? false}
            onChange={(e) => onChange({ ...field, fearedOutcome: e.target.checked || undefined })}
          />
          It asks whether the feared outcome happened (adds &ldquo;I didn&rsquo;t find out&rdquo;)
        </label>
      ) : null}
      {field.type === "scale" ? (
        <ScaleSettings field={field} name={name} onChange={onChange} />
      ) : null}
      {"options" in field ? (
        <OptionsEditor field={field} name={name} takenIds={takenIds} onChange={onChange} />
      ) : null}
      <PartErrors name={`${name}.id`} />
    </ItemFieldset>
  );
}

function ScaleSettings(props: {
  field: TScaleField;
  name: string;
  onChange: (next: TScaleField) => void;
}) {
  const { field, name, onChange } = props;
  const num = (key: "min" | "max" | "step") => (
    <TextField
      name={`${name}.${key}`}
      label={{ min: "Lowest value", max: "Highest value", step: "Step" }[key]}
      type="number"
      inputMode="numeric"
      value={numberValue(field[key])}
      onChange={(e) => onChange({ ...field, [key]: e.target.valueAsNumber })}
    />
  );
  return (
    <div className="grid gap-3 sm:grid-cols-3">
      {num("min")}
      {num("max")}
      {num("step")}
      <TextField
        name={`${name}.minLabel`}
        label="Label at the lowest end (optional)"
        value={field.minLabel ?? ""}
        maxLength={60}
        onChange={(e) => onChange({ ...field, minLabel: e.target.value })}
      />
      <TextField
        name={`${name}.midLabel`}
        label="Label in the middle (optional)"
        value={field.midLabel ?? ""}
        maxLength={60}
        onChange={(e) => onChange({ ...field, midLabel: e.target.value })}
      />
      <TextField
        name={`${name}.maxLabel`}
        label="Label at the highest end (optional)"
        value={field.maxLabel ?? ""}
        maxLength={60}
        onChange={(e) => onChange({ ...field, maxLabel: e.target.value })}
      />
      <ScaleTagSelect field={field} name={name} onChange={onChange} />
    </div>
  );
}

const TAG_CHOICES = [
  { value: "", label: "Nothing in particular" },
  { value: "distress", label: "Distress (higher is worse)" },
  { value: "safety", label: "Safety (lower is worse)" },
] as const;

/** What the scale measures: an answer at its worst end gets a caring response and a flag. */
function ScaleTagSelect(props: {
  field: TScaleField;
  name: string;
  onChange: (next: TScaleField) => void;
}) {
  const { field, name, onChange } = props;
  return (
    <Field
      name={`${name}.tag`}
      label="It measures"
      help="For distress or safety, an answer at the worst end shows the client a calming message and flags it for you."
      className="sm:col-span-2"
    >
      {(control) => (
        <select
          {...control}
          className={inputClass}
          value={field.tag ?? ""}
          onChange={(e) => {
            const { tag: _, ...rest } = field;
            const tag = e.target.value;
            onChange(tag === "distress" || tag === "safety" ? { ...rest, tag } : rest);
          }}
        >
          {TAG_CHOICES.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

function OptionsEditor(props: {
  field: TChoiceField;
  name: string;
  takenIds: () => string[];
  onChange: (next: TChoiceField) => void;
}) {
  const { field, name, onChange } = props;
  const setOptions = (options: TChoiceField["options"]) => onChange({ ...field, options });
  const noun = field.type === "checklist" ? "Item" : "Option";
  const { listRef, addRef, announcement, removed } = useListFocus(noun);
  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm font-medium text-slate-800">
        {field.type === "checklist" ? "Checklist items" : "Options"}
      </p>
      <PartErrors name={`${name}.options`} />
      <ListAnnouncer text={announcement} />
      <ol ref={listRef} className="flex flex-col gap-3">
        {field.options.map((option, i) => (
          <li key={option.id} data-item={option.id} className="flex items-end gap-2">
            <div className="flex grow flex-col gap-1.5">
              <TextField
                name={`${name}.options.${i}.label`}
                label={`${noun} ${i + 1}`}
                value={option.label}
                maxLength={200}
                onChange={(e) =>
                  setOptions(replaceItem(field.options, i, { ...option, label: e.target.value }))
                }
              />
              <PartErrors name={`${name}.options.${i}.id`} />
            </div>
            <Button
              variant="ghost"
              data-action="remove"
              aria-label={`Remove ${noun.toLowerCase()} “${option.label.trim() || i + 1}”`}
              onClick={() => {
                setOptions(removeItem(field.options, i));
                removed(field.options, i);
              }}
            >
              Remove
            </Button>
          </li>
        ))}
      </ol>
      <div>
        <Button
          ref={addRef}
          variant="secondary"
          onClick={() => setOptions([...field.options, newOption(props.takenIds())])}
        >
          {field.type === "checklist" ? "Add item" : "Add option"}
        </Button>
      </div>
    </div>
  );
}
