"use client";

import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import type { TWorksheetField } from "~/features/templates/schema";
import { fieldErrorsOf, readServerError, type TFieldErrors } from "~/lib/form-errors";
import { useInBrowser } from "~/lib/use-browser-value";
import { useTRPCClient } from "~/trpc/react";
import { buildAnswersSchema, draftAnswers, type TAnswers, type TAnswerValue } from "../answers";
import {
  forgetWorksheet,
  readStoredDraft,
  submitKeyFor,
  type TWorksheetRef,
} from "../draft-storage";
import {
  DraftSync,
  sameAnswers,
  saveFailureOf,
  splitByFields,
  startingPoint,
  withTimeout,
  type TSaveStatus,
} from "../draft-sync";
import { createKeepaliveClient } from "../keepalive-client";
import { ConflictChoice } from "./conflict-choice";
import { RemovedQuestionAnswers } from "./removed-question-answers";
import { SaveStatus } from "./save-status";
import { WorksheetFields } from "./worksheet-fields";

type Props = {
  worksheet: TWorksheetRef;
  fields: TWorksheetField[];
  serverAnswers: TAnswers;
  /** The revision of the server copy this page was rendered from (0: none yet). */
  serverRevision: number;
};
type TServerCopy = { answers: TAnswers; revision: number };

const SUBMIT_FAILURE: Partial<Record<TSaveStatus, string>> = {
  offline:
    "You seem to be offline. Your answers are kept on this device; submit again when you're back online.",
  retrying:
    "The server didn't answer. Your answers are kept on this device; please submit again in a moment.",
  "signed-out": "Your session has ended. Sign in again in this tab, then submit.",
};

const SUBMIT_TIMEOUT_MS = 20_000;

/** The server names a refused answer by its path in the request, "answers.<question id>". */
const byQuestion = (errors: TFieldErrors): TFieldErrors =>
  Object.fromEntries(Object.entries(errors).map(([key, m]) => [key.replace(/^answers\./, ""), m]));

/** sessionStorage only exists in the browser, so the form renders once mounted there. */
export function WorksheetForm(props: Props) {
  if (!useInBrowser()) return <p className="text-slate-700">Opening your worksheet…</p>;
  return <WorksheetFormInBrowser {...props} />;
}

function WorksheetFormInBrowser({ worksheet, fields, serverAnswers, serverRevision }: Props) {
  const { occurrenceId } = worksheet;
  const api = useTRPCClient();
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const serverCopy = { answers: serverAnswers, revision: serverRevision };
  const [start] = useState(() => {
    const stored = readStoredDraft(worksheet);
    const { kept, removedText } = splitByFields(
      stored?.answers ?? {},
      fields.map((f) => f.id),
    );
    return { ...startingPoint(stored && { ...stored, answers: kept }, serverCopy), removedText };
  });
  const [values, setValues] = useState(start.kind === "server" ? serverAnswers : start.answers);
  const valuesRef = useRef(values); // what the save callbacks compare against
  // A newer server copy the client is choosing against.
  const [newer, setNewer] = useState<TServerCopy | null>(
    start.kind === "choose" ? serverCopy : null,
  );
  const [errors, setErrors] = useState<Partial<TFieldErrors>>({});
  const [status, setStatus] = useState<TSaveStatus>(start.kind === "choose" ? "conflict" : "idle");
  const [message, setMessage] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const submitSchema = useMemo(() => buildAnswersSchema({ fields }, "submit"), [fields]);
  const [keepalive] = useState(createKeepaliveClient);

  const [sync] = useState(() => {
    const s = new DraftSync(worksheet, serverRevision, (answers, baseRevision, options) =>
      (options.keepalive ? keepalive : api).worksheets.saveDraft.mutate(
        { occurrenceId, answers, baseRevision },
        { signal: options.signal },
      ),
    );
    if (start.kind === "choose") s.hold();
    return s;
  });

  /** A save or submit was refused as a conflict: find out why from the server's copy. */
  async function checkServerCopy() {
    sync.hold();
    try {
      const task = await api.worksheets.task.query({ occurrenceId });
      if (task.submission?.status === "SUBMITTED" || !task.open) {
        // Submitted in another tab or closed: show the read-only page instead of a dead form.
        await sync.stop();
        router.refresh();
        return;
      }
      const copy = {
        answers: task.submission?.answers ?? {},
        revision: task.submission?.revision ?? 0,
      };
      if (sameAnswers(copy.answers, draftAnswers(fields, valuesRef.current))) {
        sync.adoptServer(copy.revision);
        setNewer(null);
      } else {
        setNewer(copy);
      }
    } catch {
      setMessage(
        "Your answers are kept in this tab, but the newer copy could not be loaded. Reload the page to compare them.",
      );
    }
  }

  useEffect(() =>
    sync.listen((next, error) => {
      setStatus(next);
      if (next === "saved") setMessage(null);
      if (next === "invalid" || next === "refused") {
        const server = readServerError(error);
        // Only a refusal that names fields replaces the marks already shown.
        if (Object.keys(server.fieldErrors).length > 0) setErrors(byQuestion(server.fieldErrors));
        setMessage(server.message);
      }
      if (next === "conflict") void checkServerCopy();
    }),
  );

  useEffect(() => {
    sync.resume(); // development re-runs effects after a cleanup
    // Text from before a reload that started from the current server copy goes there now.
    if (start.kind === "restore") {
      sync.change(start.answers);
      void sync.flush();
    }
    const onOnline = () => void sync.flush();
    const onPageHide = () => void sync.flush({ keepalive: true });
    const onVisibility = () => {
      if (document.visibilityState === "hidden") onPageHide();
    };
    window.addEventListener("online", onOnline);
    window.addEventListener("pagehide", onPageHide);
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      window.removeEventListener("online", onOnline);
      window.removeEventListener("pagehide", onPageHide);
      document.removeEventListener("visibilitychange", onVisibility);
      sync.leave();
    };
  }, [sync, start]);

  useEffect(() => {
    if (focusRequest === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequest]);

  function show(next: TAnswers) {
    setValues(next);
    valuesRef.current = next;
  }

  function onChange(fieldId: string, value: TAnswerValue | undefined) {
    const next = { ...values };
    if (value === undefined) delete next[fieldId];
    else next[fieldId] = value;
    show(next);
    if (errors[fieldId]) setErrors({ ...errors, [fieldId]: undefined });
    sync.change(draftAnswers(fields, next));
  }

  function keepLocal() {
    if (!newer) return;
    sync.keepLocal(newer.revision, draftAnswers(fields, values));
    setNewer(null);
    setMessage(null);
  }

  function takeSaved() {
    if (!newer) return;
    show(newer.answers);
    sync.adoptServer(newer.revision);
    setNewer(null);
    setErrors({});
    setMessage(null);
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (submitting) return;
    if (newer) {
      setMessage("First choose which answers to keep, at the top of the form.");
      return;
    }
    const parsed = submitSchema.safeParse(values);
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error));
      setMessage("Some answers need another look.");
      setFocusRequest((n) => n + 1);
      return;
    }
    setSubmitting(true);
    setMessage(null);
    await sync.stop(); // a save under way first, so the submit starts from its revision
    try {
      const input = {
        occurrenceId,
        answers: values,
        baseRevision: sync.baseRevision,
        idempotencyKey: submitKeyFor(worksheet),
      };
      // On a hung connection the submit ends as "the server didn't answer"; the key makes a
      // second try safe even if this one did arrive.
      await withTimeout(SUBMIT_TIMEOUT_MS, (signal) =>
        api.worksheets.submit.mutate(input, { signal }),
      );
      forgetWorksheet(worksheet);
      router.refresh();
    } catch (error) {
      sync.resume();
      const failure = saveFailureOf(error);
      const server = readServerError(error);
      // A conflict speaks through the choice (or the read-only page) checkServerCopy leads to.
      if (failure === "conflict") await checkServerCopy();
      else setMessage(SUBMIT_FAILURE[failure] ?? server.message);
      if (failure === "invalid") {
        setErrors(byQuestion(server.fieldErrors));
        setFocusRequest((n) => n + 1);
      }
      setSubmitting(false);
    }
  }

  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      aria-busy={submitting || undefined}
      className="flex flex-col gap-6"
    >
      {newer ? (
        <ConflictChoice
          fields={fields}
          local={values}
          saved={newer.answers}
          onKeepLocal={keepLocal}
          onUseSaved={takeSaved}
        />
      ) : null}
      {start.removedText.length > 0 ? <RemovedQuestionAnswers texts={start.removedText} /> : null}
      <WorksheetFields
        fields={fields}
        values={values}
        onChange={onChange}
        errors={errors}
        readOnly={submitting}
      />
      <SaveStatus
        status={status}
        hasFieldErrors={Object.values(errors).some((e) => e?.length)}
        signInHref={`/sign-in?callbackUrl=${encodeURIComponent(`/portal/worksheets/${occurrenceId}`)}`}
      />
      {message ? <Alert tone="error">{message}</Alert> : null}
      <div>
        {/* Not `disabled`: the button keeps the focus while the submit runs. */}
        <Button
          type="submit"
          aria-disabled={submitting || undefined}
          className="aria-disabled:cursor-wait aria-disabled:opacity-60"
        >
          {submitting ? "Submitting…" : "Submit worksheet"}
        </Button>
      </div>
    </form>
  );
}
