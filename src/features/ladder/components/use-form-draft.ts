"use client";

import { useEffect, useRef, useState } from "react";
import {
  forgetLadderDraft,
  ladderDraftKey,
  readLadderDraft,
  writeLadderDraft,
  type TLadderDraftPlace,
} from "../form-draft";

/**
 * Keeps an uncontrolled ladder form's unsent values in this tab (see form-draft.ts). They are
 * put back after the first render, as the server cannot know them; `keep` runs on every change.
 */
export function useFormDraft(place: TLadderDraftPlace) {
  const key = ladderDraftKey(place);
  const form = useRef<HTMLFormElement>(null);
  const [restored, setRestored] = useState(false);

  useEffect(() => {
    const values = readLadderDraft(key);
    const fields = form.current?.elements;
    if (!values || !fields) return;
    for (const [name, value] of Object.entries(values)) {
      const field = fields.namedItem(name);
      // A RadioNodeList's value checks the matching radio.
      if (
        field instanceof RadioNodeList ||
        field instanceof HTMLInputElement ||
        field instanceof HTMLTextAreaElement
      ) {
        field.value = value;
      }
    }
    setRestored(true);
  }, [key]);

  function keep() {
    if (!form.current) return;
    const values: Record<string, string> = {};
    for (const [name, value] of new FormData(form.current)) {
      if (typeof value === "string") values[name] = value;
    }
    writeLadderDraft(key, values);
  }

  return { form, restored, keep, forget: () => forgetLadderDraft(key) };
}
