"use client";

import { useEffect } from "react";
import { useFormState, type UseFormReturn } from "react-hook-form";
import {
  forgetLadderDraft,
  ladderDraftKey,
  readLadderDraft,
  writeLadderDraft,
  type TLadderDraftPlace,
} from "../form-draft";

type TTextValues = Record<string, string>;

/**
 * Keeps a ladder form's unsent values in this tab (see form-draft.ts). They are put back after
 * the first render, as the server cannot know them, as the form's starting values (so `restored`
 * is read from those); `keep` runs on every change.
 */
export function useFormDraft<TValues extends TTextValues>(
  place: TLadderDraftPlace,
  form: UseFormReturn<TValues, unknown, unknown>,
) {
  const key = ladderDraftKey(place);
  const { defaultValues } = useFormState({ control: form.control });
  const restored = Object.values(defaultValues ?? {}).some(
    (v) => typeof v === "string" && v !== "",
  );

  useEffect(() => {
    const values = readLadderDraft(key);
    if (values) form.reset({ ...form.getValues(), ...values });
  }, [key, form]);

  function keep() {
    // A radio group with nothing chosen reads as null: only text is kept.
    const values = Object.entries(form.getValues() as Record<string, unknown>);
    writeLadderDraft(
      key,
      Object.fromEntries(values.filter((e): e is [string, string] => typeof e[1] === "string")),
    );
  }

  return { restored, keep, forget: () => forgetLadderDraft(key) };
}
