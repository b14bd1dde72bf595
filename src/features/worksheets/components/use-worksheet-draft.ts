"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import type { z } from "zod";
import { showMessage, showFailure, useZodForm } from "~/components/ui/form";
import type { TWorksheetField } from "~/features/templates/schema";
import { readServerError } from "~/lib/form-errors";
import { withTimeout } from "~/lib/with-timeout";
import { loadApi } from "~/trpc/load-api";
import { draftAnswers, type TAnswers } from "../answer-rules";
import { answersMatch, splitByFields, startingPoint } from "../draft-start";
import {
  forgetWorksheet,
  readStoredDraft,
  submitKeyFor,
  type TWorksheetRef,
} from "../draft-storage";
import { DraftSync, saveFailureOf, type TSaveStatus } from "../draft-sync";
import { createKeepaliveClient } from "../keepalive-client";
import { answerName } from "./worksheet-fields";

export type TWorksheetDraftProps = {
  worksheet: TWorksheetRef;
  fields: TWorksheetField[];
  serverAnswers: TAnswers;
  /** The revision of the server copy this page was rendered from (0: none yet). */
  serverRevision: number;
  /** "before": a two-part worksheet's first part, submitted on its own; else the whole. */
  part?: "before" | "whole";
};
type TServerCopy = { answers: TAnswers; revision: number };
/**
 * On screen: a cleared date or rating is `undefined` until the next save drops it. `justForMe`
 * goes with the submit only, never with a draft.
 */
type TWorksheetValues = { answers: Partial<TAnswers>; justForMe?: boolean };

const SUBMIT_FAILURE: Partial<Record<TSaveStatus, string>> = {
  offline:
    "You seem to be offline. Your answers are kept on this device; submit again when you're back online.",
  retrying:
    "The server didn't answer. Your answers are kept on this device; please submit again in a moment.",
  "signed-out": "Your session has ended. Sign in again in this tab, then submit.",
};

const SUBMIT_TIMEOUT_MS = 20_000;

/** What is sent: a cleared date or rating is no answer, not `undefined` (superjson keeps those). */
const present = (answers: Partial<TAnswers>) =>
  Object.fromEntries(Object.entries(answers).filter(([, v]) => v !== undefined)) as TAnswers;

/**
 * A worksheet's answers and their way to the server. The answers live in the react-hook-form
 * state and nowhere else: the shared Form checks them on submit (the server's answers schema)
 * and puts refusals next to their questions, and the autosave (DraftSync) reads them from the
 * form whenever it writes the tab's copy or sends, so the screen, the tab's copy and what is sent
 * never disagree. Also here: the choice when another tab or device saved a newer copy, and the
 * submit, which has to stop the autosave first.
 */
export function useWorksheetDraft({
  worksheet,
  fields,
  serverAnswers,
  serverRevision,
  part = "whole",
}: TWorksheetDraftProps) {
  const { occurrenceId } = worksheet;
  const router = useRouter();
  const [start] = useState(() => {
    const stored = readStoredDraft(worksheet);
    const ids = fields.map((f) => f.id);
    const { kept, removedText } = splitByFields(stored?.answers ?? {}, ids);
    const server = { answers: serverAnswers, revision: serverRevision };
    return { ...startingPoint(stored && { ...stored, answers: kept }, server), removedText };
  });
  // Named like the request's field, so the server's messages ("answers.<id>") land as they are.
  // The check loads with the first submit; drafts are filtered by the zod-free rules.
  const form = useZodForm(
    async () =>
      (await import("../answers")).worksheetFormSchema(fields) as z.ZodType<
        TWorksheetValues,
        TWorksheetValues
      >,
    {
      defaultValues: { answers: start.kind === "server" ? serverAnswers : start.answers },
    },
  );
  // A newer server copy the client is choosing against.
  const [newer, setNewer] = useState<TServerCopy | null>(
    start.kind === "choose" ? { answers: serverAnswers, revision: serverRevision } : null,
  );
  const [status, setStatus] = useState<TSaveStatus>(start.kind === "choose" ? "conflict" : "idle");
  // Submitted: the page re-renders read-only; until then nothing here moves.
  const [submitted, setSubmitted] = useState(false);
  const [keepalive] = useState(createKeepaliveClient);
  const [sync] = useState(() => {
    const s = new DraftSync(
      worksheet,
      serverRevision,
      async (answers, baseRevision, options) =>
        (options.keepalive ? keepalive : await loadApi()).worksheets.saveDraft.mutate(
          { occurrenceId, answers, baseRevision },
          { signal: options.signal },
        ),
      () => draftAnswers(fields, present(form.getValues("answers"))),
    );
    if (start.kind === "choose") s.hold();
    return s;
  });

  /** A save or submit was refused as a conflict: find out why from the server's copy. */
  async function checkServerCopy() {
    sync.hold();
    try {
      const task = await (await loadApi()).worksheets.task.query({ occurrenceId });
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
      const local = draftAnswers(fields, present(form.getValues("answers")));
      if (answersMatch(copy.answers, local)) {
        sync.adoptServer(copy.revision);
        setNewer(null);
      } else {
        setNewer(copy);
      }
    } catch {
      showMessage(
        form,
        "Your answers are kept in this tab, but the newer copy could not be loaded. Reload the page to compare them.",
      );
    }
  }

  useEffect(() =>
    sync.listen((next, error) => {
      setStatus(next);
      if (next === "saved") form.clearErrors("root");
      if (next === "invalid" || next === "refused") {
        // Only a refusal that names fields replaces the marks already shown.
        if (Object.keys(readServerError(error).fieldErrors).length > 0) form.clearErrors("answers");
        showFailure(form, error);
      }
      if (next === "conflict") void checkServerCopy();
    }),
  );

  useEffect(() => {
    sync.resume(); // development re-runs effects after a cleanup
    // Text from before a reload that started from the current server copy goes there now.
    if (start.kind === "restore") {
      sync.change();
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

  /** After the client changed an answer. */
  function edited(fieldId: string) {
    // Until a submit, a server's message on this answer goes once it is edited; after one, the
    // form checks the answer again as it changes.
    if (!form.formState.isSubmitted) form.clearErrors(answerName(fieldId));
    sync.change();
  }

  const conflict = newer && {
    saved: newer.answers,
    /** This tab's answers replace the newer copy. */
    keepLocal() {
      sync.keepLocal(newer.revision);
      setNewer(null);
      form.clearErrors("root");
    },
    /** The newer copy replaces this tab's answers, by the client's choice. */
    useSaved() {
      form.reset({ answers: newer.answers });
      sync.adoptServer(newer.revision);
      setNewer(null);
    },
  };

  async function submit({ answers, justForMe }: TWorksheetValues) {
    if (submitted) return;
    if (newer) {
      showMessage(form, "First choose which answers to keep, at the top of the form.");
      return;
    }
    await sync.stop(); // a save under way first, so the submit starts from its revision
    try {
      const input = {
        occurrenceId,
        answers: present(answers),
        baseRevision: sync.baseRevision,
        idempotencyKey: submitKeyFor(worksheet),
        justForMe: justForMe === true,
      };
      // On a hung connection the submit ends as "the server didn't answer"; the key makes a
      // second try safe even if this one did arrive (a before part is safe to send again as is).
      await withTimeout(SUBMIT_TIMEOUT_MS, async (signal): Promise<unknown> =>
        part === "before"
          ? (await loadApi()).worksheets.submitBeforePart.mutate(input, { signal })
          : (await loadApi()).worksheets.submit.mutate(input, { signal }),
      );
    } catch (error) {
      sync.resume();
      const failure = saveFailureOf(error);
      // A conflict speaks through the choice (or the read-only page) checkServerCopy leads to.
      if (failure === "conflict") await checkServerCopy();
      else if (failure === "invalid") showFailure(form, error);
      else showMessage(form, SUBMIT_FAILURE[failure] ?? readServerError(error).message);
      return;
    }
    setSubmitted(true);
    forgetWorksheet(worksheet);
    // The page opens with its response to what was just submitted (submission-response).
    router.replace(`/portal/worksheets/${encodeURIComponent(occurrenceId)}?submitted=1`);
  }

  return { form, status, conflict, removedText: start.removedText, submitted, edited, submit };
}
