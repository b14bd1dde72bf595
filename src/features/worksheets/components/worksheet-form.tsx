"use client";

import { CheckboxField } from "~/components/ui/field";
import { Form, FormMessage, SubmitButton } from "~/components/ui/form";
import { useInBrowser } from "~/lib/use-browser-value";
import { ConflictChoice } from "./conflict-choice";
import { RemovedQuestionAnswers } from "./removed-question-answers";
import { SaveStatus } from "./save-status";
import { useWorksheetDraft, type TWorksheetDraftProps } from "./use-worksheet-draft";
import { WorksheetFields } from "./worksheet-fields";

/** sessionStorage only exists in the browser, so the form renders once mounted there. */
export function WorksheetForm(props: TWorksheetDraftProps) {
  if (!useInBrowser()) return <p className="text-slate-700">Opening your worksheet…</p>;
  return <WorksheetFormInBrowser {...props} />;
}

function WorksheetFormInBrowser(props: TWorksheetDraftProps) {
  const { form, status, conflict, removedText, submitted, edited, submit } =
    useWorksheetDraft(props);
  const { isSubmitting, errors } = form.formState;
  const busy = isSubmitting || submitted;
  const { fields } = props;
  const { occurrenceId } = props.worksheet;
  return (
    <Form
      form={form}
      onSubmit={submit}
      checkMessage="Some answers need another look."
      aria-busy={busy || undefined}
      className="flex flex-col gap-6"
    >
      {conflict ? (
        <ConflictChoice
          fields={fields}
          local={form.watch("answers")}
          saved={conflict.saved}
          onKeepLocal={conflict.keepLocal}
          onUseSaved={conflict.useSaved}
        />
      ) : null}
      {removedText.length > 0 ? <RemovedQuestionAnswers texts={removedText} /> : null}
      <WorksheetFields fields={fields} onEdit={edited} readOnly={busy} />
      <SaveStatus
        status={status}
        hasFieldErrors={errors.answers !== undefined}
        signInHref={`/sign-in?callbackUrl=${encodeURIComponent(`/portal/worksheets/${occurrenceId}`)}`}
      />
      <FormMessage />
      {props.part === "before" ? null : (
        <CheckboxField
          name="justForMe"
          label="Just for me"
          help="Your therapist sees that you did it, not your answers. You can share it with them later."
        />
      )}
      <div>
        <SubmitButton
          label={props.part === "before" ? "Submit the first part" : "Submit worksheet"}
          pendingLabel="Submitting…"
          pending={submitted}
        />
      </div>
    </Form>
  );
}
