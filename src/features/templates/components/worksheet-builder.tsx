"use client";

import { useId, useState } from "react";
import { Button } from "~/components/ui/button";
import { FieldErrors, TextAreaField, TextField } from "~/components/ui/field";
import {
  FIELD_TYPE_LABELS,
  newField,
  newOption,
  removeItem,
  replaceItem,
  worksheetIds,
} from "../builder-ops";
import {
  FIELD_TYPES,
  type TChoiceField,
  type TFieldType,
  type TScaleField,
  type TWorksheetBody,
  type TWorksheetField,
} from "../schema";
import { inputClass, ListAnnouncer, numberValue, useListFocus } from "./builder-controls";
import { BuilderList, ItemFieldset, type TItemEdits } from "./builder-list";

type TErrors = Record<string, string[] | undefined>;

export type TWorksheetBuilderProps = {
  value: TWorksheetBody;
  onChange: (next: TWorksheetBody) => void;
  /** Keyed by zod issue path joined with "." (e.g. "fields.2.label"); see pathErrorsOf. */
  errors?: TErrors;
};

/** Controlled editor for a worksheet body: questions of the 8 types, in order. */
export function WorksheetBuilder({ value, onChange, errors = {} }: TWorksheetBuilderProps) {
  const typeId = useId();
  const [newType, setNewType] = useState<TFieldType>("short_text");
  const fields = value.fields;
  const setFields = (next: TWorksheetField[]) => onChange({ ...value, fields: next });
  // Ids of the body as loaded stay taken after a removal: answers may still point at them.
  const [loadedIds] = useState(() => worksheetIds(value));
  const takenIds = () => [...loadedIds, ...worksheetIds(value)];

  return (
    <div className="flex flex-col gap-5">
      <FieldErrors errors={errors.fields} />
      <BuilderList
        items={fields}
        noun="Question"
        empty="No questions yet. Add the first one below."
        onChange={setFields}
        renderItem={(field, edits) => (
          <FieldEditor field={field} errors={errors} takenIds={takenIds} edits={edits} />
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
    </div>
  );
}

function FieldEditor({
  field,
  errors,
  takenIds,
  edits,
}: {
  field: TWorksheetField;
  errors: TErrors;
  takenIds: () => string[];
  edits: TItemEdits<TWorksheetField>;
}) {
  const { index, onChange } = edits;
  const at = (key: string) => errors[`fields.${index}.${key}`];
  return (
    <ItemFieldset
      legend={`Question ${index + 1} · ${FIELD_TYPE_LABELS[field.type]}`}
      name={field.label.trim() || `question ${index + 1}`}
      edits={edits}
    >
      <TextField
        label="Question"
        value={field.label}
        maxLength={300}
        errors={at("label")}
        onChange={(e) => onChange({ ...field, label: e.target.value })}
      />
      <TextAreaField
        label="Help text (optional)"
        value={field.help ?? ""}
        maxLength={1000}
        errors={at("help")}
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
      {field.type === "scale" ? <ScaleSettings field={field} at={at} onChange={onChange} /> : null}
      {"options" in field ? (
        <OptionsEditor field={field} at={at} takenIds={takenIds} onChange={onChange} />
      ) : null}
      <FieldErrors errors={at("id")} />
    </ItemFieldset>
  );
}

function ScaleSettings(props: {
  field: TScaleField;
  at: (key: string) => string[] | undefined;
  onChange: (next: TScaleField) => void;
}) {
  const { field, at, onChange } = props;
  const num = (key: "min" | "max" | "step") => (
    <TextField
      label={{ min: "Lowest value", max: "Highest value", step: "Step" }[key]}
      type="number"
      inputMode="numeric"
      value={numberValue(field[key])}
      errors={at(key)}
      onChange={(e) => onChange({ ...field, [key]: e.target.valueAsNumber })}
    />
  );
  return (
    <div className="grid gap-3 sm:grid-cols-3">
      {num("min")}
      {num("max")}
      {num("step")}
      <TextField
        label="Label at the lowest end (optional)"
        value={field.minLabel ?? ""}
        maxLength={60}
        errors={at("minLabel")}
        onChange={(e) => onChange({ ...field, minLabel: e.target.value })}
      />
      <TextField
        label="Label at the highest end (optional)"
        value={field.maxLabel ?? ""}
        maxLength={60}
        errors={at("maxLabel")}
        onChange={(e) => onChange({ ...field, maxLabel: e.target.value })}
      />
    </div>
  );
}

function OptionsEditor(props: {
  field: TChoiceField;
  at: (key: string) => string[] | undefined;
  takenIds: () => string[];
  onChange: (next: TChoiceField) => void;
}) {
  const { field, at, onChange } = props;
  const setOptions = (options: TChoiceField["options"]) => onChange({ ...field, options });
  const noun = field.type === "checklist" ? "Item" : "Option";
  const { listRef, addRef, announcement, removed } = useListFocus(noun);
  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm font-medium text-slate-800">
        {field.type === "checklist" ? "Checklist items" : "Options"}
      </p>
      <FieldErrors errors={at("options")} />
      <ListAnnouncer text={announcement} />
      <ol ref={listRef} className="flex flex-col gap-3">
        {field.options.map((option, i) => (
          <li key={option.id} data-item={option.id} className="flex items-end gap-2">
            <TextField
              className="grow"
              label={`${noun} ${i + 1}`}
              value={option.label}
              maxLength={200}
              errors={[...(at(`options.${i}.label`) ?? []), ...(at(`options.${i}.id`) ?? [])]}
              onChange={(e) =>
                setOptions(replaceItem(field.options, i, { ...option, label: e.target.value }))
              }
            />
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
