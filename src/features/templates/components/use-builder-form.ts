"use client";

import { useEffect, useRef, useState } from "react";
import type { z } from "zod";
import { readServerError } from "~/lib/form-errors";
import { pathErrorsOf, type TPathErrors } from "../path-errors";

const CHECK_MESSAGE = "Some answers need another look. The messages are next to each one.";

/**
 * The submit flow of the forms around a builder (template editor, assignment form): check with
 * the request schema, save, and on a refusal show the messages, move focus to the first input in
 * error (or else to the message, which may be far above on a long form), and from then on check
 * again after every edit, so a fixed input stops showing its error.
 */
export function useBuilderForm<TSchema extends z.ZodType>(schema: TSchema) {
  const formRef = useRef<HTMLFormElement>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const [errors, setErrors] = useState<TPathErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [refusedFields, setRefusedFields] = useState(false);
  const [rechecking, setRechecking] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);

  useEffect(() => {
    if (focusRequest === 0) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (invalid ?? messageRef.current)?.focus();
  }, [focusRequest]);

  function refuse(nextErrors: TPathErrors, nextMessage: string) {
    setErrors(nextErrors);
    setMessage(nextMessage);
    setRefusedFields(Object.keys(nextErrors).length > 0);
    setRechecking(true);
    setFocusRequest((n) => n + 1);
  }

  /** Call with the whole request after every edit; does nothing until a save was refused. */
  function recheck(request: unknown) {
    if (!rechecking) return;
    const parsed = schema.safeParse(request);
    setErrors(parsed.success ? {} : pathErrorsOf(parsed.error));
    // Once every input is fixed, the "look at the fields" sentence has done its job.
    if (parsed.success && refusedFields) setMessage(null);
  }

  async function submit(request: unknown, save: (data: z.output<TSchema>) => Promise<unknown>) {
    const parsed = schema.safeParse(request);
    if (!parsed.success) {
      refuse(pathErrorsOf(parsed.error), CHECK_MESSAGE);
      return;
    }
    setErrors({});
    setMessage(null);
    try {
      await save(parsed.data);
    } catch (error) {
      const server = readServerError(error);
      refuse(server.fieldErrors, server.message);
    }
  }

  return { formRef, messageRef, errors, message, recheck, submit };
}
