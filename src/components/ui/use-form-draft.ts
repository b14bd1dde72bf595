"use client";

import { useEffect } from "react";
import { useFormState, type UseFormReturn } from "react-hook-form";
import { forgetTextDraft, readTextDraft, writeTextDraft } from "~/lib/text-drafts";

type TTextValues = Record<string, string>;

/**
 * Keeps a form's unsent text in this tab under `key` (lib/text-drafts). It is put back after the
 * first render, as the server cannot know it, as the form's starting values (so `restored` is
 * read from those); `keep` runs on every change, `forget` once it is sent.
 */
export function useFormDraft<TValues extends TTextValues>(
  key: string,
  form: UseFormReturn<TValues, unknown, unknown>,
) {
  const { defaultValues } = useFormState({ control: form.control });
  const restored = Object.values(defaultValues ?? {}).some(
    (v) => typeof v === "string" && v !== "",
  );

  useEffect(() => {
    const values = readTextDraft(key);
    if (values) form.reset({ ...form.getValues(), ...values });
  }, [key, form]);

  function keep() {
    // A radio group with nothing chosen reads as null: only text is kept.
    const values = Object.entries(form.getValues() as Record<string, unknown>);
    writeTextDraft(
      key,
      Object.fromEntries(values.filter((e): e is [string, string] => typeof e[1] === "string")),
    );
  }

  return { restored, keep, forget: () => forgetTextDraft(key) };
}
