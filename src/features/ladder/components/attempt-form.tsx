"use client";

import { useRouter } from "next/navigation";
import { useTransition, type ReactNode } from "react";
import type { DefaultValues } from "react-hook-form";
import {
  Form,
  FormMessage,
  SubmitButton,
  useZodForm,
  type TSchemaLoader,
} from "~/components/ui/form";
import { RestoredNote } from "~/components/ui/restored-note";
import { useFormDraft } from "~/components/ui/use-form-draft";
import { ladderDraftKey, type TLadderDraftPlace } from "../form-draft";

/**
 * The form around starting or completing an attempt: unsent values stay in this tab until the
 * request, checked against its schema, is sent; then the page re-renders from the server, so
 * every step's state comes from the same source of truth.
 */
export function AttemptForm<TValues extends Record<string, string>, TRequest, TResponse>(props: {
  place: TLadderDraftPlace;
  /** The form's text, made into the request and checked by the server's schema (asRequest). */
  schema: TSchemaLoader<TRequest, TValues>;
  blank: TValues;
  send: (request: TRequest) => Promise<TResponse>;
  title: string;
  className: string;
  intro?: ReactNode;
  submitLabel: string;
  /** Where to go once saved (the page with its response to what was saved); else re-render here. */
  afterSave?: (response: TResponse) => string;
  children: ReactNode;
}) {
  const router = useRouter();
  const [refreshing, startTransition] = useTransition();
  const form = useZodForm(props.schema, { defaultValues: props.blank as DefaultValues<TValues> });
  const { restored, keep, forget } = useFormDraft(ladderDraftKey(props.place), form);

  return (
    <Form
      form={form}
      onChange={keep}
      onSubmit={async (request) => {
        const response = await props.send(request);
        forget();
        const next = props.afterSave?.(response);
        startTransition(() => (next ? router.push(next) : router.refresh()));
      }}
      aria-label={props.title}
      className={`flex flex-col gap-4 rounded-lg border p-4 ${props.className}`}
    >
      <h3 className="font-semibold text-slate-900">{props.title}</h3>
      {props.intro}
      <FormMessage />
      {restored ? <RestoredNote /> : null}
      {props.children}
      <SubmitButton
        label={props.submitLabel}
        pendingLabel="Saving…"
        pending={refreshing}
        className="self-start"
      />
    </Form>
  );
}
