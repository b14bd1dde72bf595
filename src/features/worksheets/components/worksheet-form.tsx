"use client";

import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState, useSyncExternalStore, type FormEvent } from "react";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import type { TWorksheetField } from "~/features/templates/schema";
import { fieldErrorsOf, readServerError, type TFieldErrors } from "~/lib/form-errors";
import { useTRPCClient } from "~/trpc/react";
import { buildAnswersSchema, type TAnswers, type TAnswerValue } from "../answers";
import {
  DraftSync,
  forgetWorksheet,
  isConnectionError,
  readStoredDraft,
  submitKeyFor,
  type TSaveStatus,
} from "../draft-sync";
import { WorksheetFields } from "./worksheet-fields";

type Props = {
  occurrenceId: string;
  fields: TWorksheetField[];
  serverAnswers: TAnswers;
  /** When the server copy was last saved (ms), to tell whether this tab holds newer text. */
  serverSavedAt: number | null;
};

const STATUS_TEXT: Record<TSaveStatus, string> = {
  idle: "Your answers save as you type.",
  saving: "Saving…",
  saved: "Saved",
  offline: "Saved on this device — will send when you're back online",
  error: "Not saved yet. Check the answers marked below.",
};

const noSubscribe = () => () => {};

/** sessionStorage only exists in the browser, so the form renders once mounted there. */
export function WorksheetForm(props: Props) {
  const mounted = useSyncExternalStore(
    noSubscribe,
    () => true,
    () => false,
  );
  if (!mounted) return <p className="text-slate-700">Opening your worksheet…</p>;
  return <WorksheetFormInBrowser {...props} />;
}

function initialAnswers({ occurrenceId, serverAnswers, serverSavedAt }: Props) {
  const stored = readStoredDraft(occurrenceId);
  // Text typed in this tab that never reached the server wins over an older server copy.
  const restore = !!stored && !stored.sent && stored.changedAt > (serverSavedAt ?? 0);
  return { answers: restore ? stored.answers : serverAnswers, restored: restore };
}

function WorksheetFormInBrowser(props: Props) {
  const { occurrenceId, fields } = props;
  const api = useTRPCClient();
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [initial] = useState(() => initialAnswers(props));
  const [values, setValues] = useState<TAnswers>(initial.answers);
  const [errors, setErrors] = useState<TFieldErrors>({});
  const [status, setStatus] = useState<TSaveStatus>("idle");
  const [message, setMessage] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const submitSchema = useMemo(() => buildAnswersSchema({ fields }, "submit"), [fields]);

  const [sync] = useState(
    () =>
      new DraftSync(
        occurrenceId,
        (answers) => api.worksheets.saveDraft.mutate({ occurrenceId, answers }),
        (next, error) => {
          setStatus(next);
          if (next === "saved") setMessage(null);
          if (next === "error") {
            const server = readServerError(error);
            setErrors(server.fieldErrors);
            setMessage(server.message);
          }
        },
      ),
  );

  useEffect(() => {
    sync.resume(); // development re-runs effects after a cleanup
    // Restored text from before a reload or a dropped connection goes to the server now.
    if (initial.restored) sync.change(initial.answers);
    const onOnline = () => void sync.flush();
    window.addEventListener("online", onOnline);
    return () => {
      window.removeEventListener("online", onOnline);
      sync.stop();
    };
  }, [sync, initial]);

  useEffect(() => {
    if (focusRequest === 0) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    const target =
      invalid?.tagName === "FIELDSET" ? invalid.querySelector<HTMLElement>("input") : invalid;
    target?.focus();
  }, [focusRequest]);

  function onChange(fieldId: string, value: TAnswerValue | undefined) {
    const next = { ...values };
    if (value === undefined) delete next[fieldId];
    else next[fieldId] = value;
    setValues(next);
    if (errors[fieldId]) setErrors({ ...errors, [fieldId]: undefined });
    sync.change(next);
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (submitting) return;
    const parsed = submitSchema.safeParse(values);
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error));
      setMessage("Some answers need another look.");
      setFocusRequest((n) => n + 1);
      return;
    }
    setSubmitting(true);
    setMessage(null);
    sync.stop();
    try {
      await api.worksheets.submit.mutate({
        occurrenceId,
        answers: values,
        idempotencyKey: submitKeyFor(occurrenceId),
      });
      forgetWorksheet(occurrenceId);
      router.refresh();
    } catch (error) {
      sync.resume();
      if (isConnectionError(error)) {
        setMessage(
          "You seem to be offline. Your answers are kept on this device; submit again when you're back online.",
        );
      } else {
        const server = readServerError(error);
        setErrors(server.fieldErrors);
        setMessage(server.message);
        setFocusRequest((n) => n + 1);
      }
      setSubmitting(false);
    }
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
      <WorksheetFields fields={fields} values={values} onChange={onChange} errors={errors} />
      <p role="status" aria-live="polite" className="text-sm text-slate-700">
        {STATUS_TEXT[status]}
      </p>
      {message ? <Alert tone="error">{message}</Alert> : null}
      <div>
        <Button type="submit" disabled={submitting}>
          {submitting ? "Submitting…" : "Submit worksheet"}
        </Button>
      </div>
    </form>
  );
}
