"use client";

import type { FormEvent, ReactNode } from "react";
import type { z } from "zod";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { fieldErrorsOf, type TFieldErrors } from "~/lib/form-errors";
import type { TLadderDraftPlace } from "../form-draft";
import { RestoredNote } from "./restored-note";
import { useFormDraft } from "./use-form-draft";
import { useLadderAction } from "./use-ladder-action";

/**
 * The form around starting or completing an attempt: unsent values stay in this tab until the
 * request, checked against its schema, is sent (then the page re-renders from the server).
 */
export function AttemptForm<TSchema extends z.ZodType>(props: {
  place: TLadderDraftPlace;
  schema: TSchema;
  /** The request from the form's values; the schema names what is wrong with it. */
  read: (form: FormData) => unknown;
  send: (request: z.output<TSchema>) => Promise<unknown>;
  title: string;
  className: string;
  intro?: ReactNode;
  submitLabel: string;
  children: (fieldErrors: TFieldErrors) => ReactNode;
}) {
  const { run, pending, fieldErrors, setFieldErrors, message } = useLadderAction();
  const { form, restored, keep, forget } = useFormDraft(props.place);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = props.schema.safeParse(props.read(new FormData(event.currentTarget)));
    if (!parsed.success) {
      setFieldErrors(fieldErrorsOf(parsed.error));
      return;
    }
    if (await run(() => props.send(parsed.data))) forget();
  }

  return (
    <form
      ref={form}
      onChange={keep}
      onSubmit={onSubmit}
      noValidate
      aria-label={props.title}
      className={`flex flex-col gap-4 rounded-lg border p-4 ${props.className}`}
    >
      <h3 className="font-semibold text-slate-900">{props.title}</h3>
      {props.intro}
      {message ? <Alert tone="error">{message}</Alert> : null}
      {restored ? <RestoredNote /> : null}
      {props.children(fieldErrors)}
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? "Saving…" : props.submitLabel}
      </Button>
    </form>
  );
}
