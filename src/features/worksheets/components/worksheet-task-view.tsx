import { Card } from "~/components/ui/card";
import { FeedbackList } from "~/features/feedback/components/feedback-list";
import { MarkFeedbackSeen } from "~/features/feedback/components/mark-feedback-seen";
import { worksheetParts } from "~/features/templates/schema";
import { formatDateTime } from "~/lib/format";
import { SubmissionResponse } from "~/features/safety/components/submission-response";
import { answersOf, isAnswered } from "../answer-rules";
import { Alert } from "~/components/ui/alert";
import type { TWorksheetTask } from "../schema";
import { FollowUpNoteForm } from "./follow-up-note-form";
import { LeftoverDraft } from "./leftover-draft";
import { OwnDraftsOnly } from "./own-drafts-only";
import { ShareEntryButton, TellTherapistButton } from "./private-entry-actions";
import { WorksheetAnswersView } from "./worksheet-answers-view";
import { WorksheetForm } from "./worksheet-form";

/**
 * The client's worksheet: the form while open, read-only answers once submitted or closed (a
 * draft the therapist closed is still the client's own words).
 */
export function WorksheetTaskView({
  task,
  userId,
  timeZone,
  justSubmitted = false,
}: {
  task: TWorksheetTask;
  /** The signed-in client: this tab's copies are theirs alone. */
  userId: string;
  timeZone: string;
  /** Opened right after submitting: the page first responds to what the answers say. */
  justSubmitted?: boolean;
}) {
  const submission = task.submission;
  const worksheet = { userId, occurrenceId: task.occurrenceId };
  const submitted = submission?.status === "SUBMITTED";
  return (
    <>
      <OwnDraftsOnly userId={userId} />
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{task.title}</h1>
        <p className="text-sm text-slate-700">Due {formatDateTime(task.dueAt, timeZone)}</p>
      </div>
      {task.instructions || task.whyItHelps ? (
        <Card className="flex flex-col gap-3">
          {task.instructions ? (
            <div>
              <h2 className="font-semibold">From your therapist</h2>
              <p className="whitespace-pre-wrap">{task.instructions}</p>
            </div>
          ) : null}
          {task.whyItHelps ? (
            <div>
              <h2 className="font-semibold">Why this helps</h2>
              <p>{task.whyItHelps}</p>
            </div>
          ) : null}
        </Card>
      ) : null}

      {submitted && submission ? (
        <>
          {justSubmitted ? (
            <SubmissionResponse
              fields={task.fields}
              answers={submission.answers}
              tellTherapist={
                submission.private ? (
                  submission.therapistTold ? (
                    <p>You asked your therapist for support. Your answers stay private.</p>
                  ) : (
                    <TellTherapistButton submissionId={submission.id} />
                  )
                ) : undefined
              }
            />
          ) : null}
          <LeftoverDraft worksheet={worksheet} fields={task.fields} kept={submission.answers} />
          <section aria-labelledby="answers-heading" className="flex flex-col gap-3">
            <h2 id="answers-heading" className="text-lg font-semibold">
              Your answers
            </h2>
            <p className="text-sm text-slate-700">
              Submitted{" "}
              {submission.submittedAt ? formatDateTime(submission.submittedAt, timeZone) : ""}.
              These can no longer be changed.
            </p>
            {submission.private ? (
              <div className="flex flex-col gap-2 rounded-lg border border-slate-300 bg-white p-4">
                <p>
                  <strong>Just for me.</strong> Your therapist sees that you did this, not your
                  answers.
                </p>
                <ShareEntryButton submissionId={submission.id} />
              </div>
            ) : null}
            <Card>
              <WorksheetAnswersView fields={task.fields} answers={submission.answers} />
            </Card>
          </section>
          <section aria-labelledby="note-heading" className="flex flex-col gap-3">
            <h2 id="note-heading" className="text-lg font-semibold">
              Follow-up note
            </h2>
            {submission.followUpNote ? (
              <p className="whitespace-pre-wrap">{submission.followUpNote}</p>
            ) : (
              <FollowUpNoteForm submissionId={submission.id} />
            )}
          </section>
          <section aria-labelledby="feedback-heading" className="flex flex-col gap-3">
            <h2 id="feedback-heading" className="text-lg font-semibold">
              Feedback from your therapist
            </h2>
            <FeedbackList items={task.feedback} timeZone={timeZone} canReply />
            <MarkFeedbackSeen items={task.feedback} />
          </section>
        </>
      ) : task.open ? (
        <OpenWorksheet
          task={task}
          worksheet={worksheet}
          justSubmitted={justSubmitted}
          timeZone={timeZone}
        />
      ) : (
        <>
          <LeftoverDraft
            worksheet={worksheet}
            fields={task.fields}
            kept={submission?.answers ?? {}}
          />
          <Card>
            <p>Your therapist has closed this worksheet, so there is nothing more to do here.</p>
          </Card>
          {submission && Object.values(submission.answers).some(isAnswered) ? (
            <section aria-labelledby="draft-heading" className="flex flex-col gap-3">
              <h2 id="draft-heading" className="text-lg font-semibold">
                Your saved answers
              </h2>
              <p className="text-sm text-slate-700">
                Saved before the worksheet was closed. They can&apos;t be changed or submitted any
                more, but they are still yours to read and copy.
              </p>
              <Card>
                <WorksheetAnswersView fields={task.fields} answers={submission.answers} />
              </Card>
            </section>
          ) : null}
        </>
      )}
    </>
  );
}

/**
 * The form while the worksheet is open. A two-part worksheet asks its before part first; once
 * that is in, its answers show read-only and the after part opens below them.
 */
function OpenWorksheet({
  task,
  worksheet,
  justSubmitted,
  timeZone,
}: {
  task: TWorksheetTask;
  worksheet: { userId: string; occurrenceId: string };
  justSubmitted: boolean;
  timeZone: string;
}) {
  const submission = task.submission;
  const answers = submission?.answers ?? {};
  const revision = submission?.revision ?? 0;
  const parts = worksheetParts({
    fields: task.fields,
    afterPartFrom: task.afterPartFrom ?? undefined,
  });
  if (!parts) {
    return (
      <WorksheetForm
        worksheet={worksheet}
        fields={task.fields}
        serverAnswers={answers}
        serverRevision={revision}
      />
    );
  }
  if (!submission?.beforeSubmittedAt) {
    return (
      <section aria-labelledby="before-heading" className="flex flex-col gap-3">
        <h2 id="before-heading" className="text-lg font-semibold">
          Part 1 of 2: before
        </h2>
        <p className="text-sm text-slate-700">
          Answer these before you do it. When you submit this part, the second part opens here for
          afterwards.
        </p>
        <WorksheetForm
          key="before"
          worksheet={worksheet}
          fields={parts.before}
          serverAnswers={answersOf(answers, parts.before)}
          serverRevision={revision}
          part="before"
        />
      </section>
    );
  }
  return (
    <>
      {justSubmitted ? (
        <Alert tone="success">
          Your first part is saved. Come back to this page afterwards to fill in the second part.
        </Alert>
      ) : null}
      <section aria-labelledby="before-heading" className="flex flex-col gap-3">
        <h2 id="before-heading" className="text-lg font-semibold">
          Part 1 of 2: before
        </h2>
        <p className="text-sm text-slate-700">
          Submitted {formatDateTime(submission.beforeSubmittedAt, timeZone)}.
        </p>
        <Card>
          <WorksheetAnswersView fields={parts.before} answers={answers} />
        </Card>
      </section>
      <section aria-labelledby="after-heading" className="flex flex-col gap-3">
        <h2 id="after-heading" className="text-lg font-semibold">
          Part 2 of 2: afterwards
        </h2>
        <WorksheetForm
          key="after"
          worksheet={worksheet}
          fields={parts.after}
          serverAnswers={answersOf(answers, parts.after)}
          serverRevision={revision}
        />
      </section>
    </>
  );
}
