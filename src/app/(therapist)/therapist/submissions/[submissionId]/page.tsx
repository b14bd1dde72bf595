import type { Metadata } from "next";
import Link from "next/link";
import { TherapistFrame } from "~/components/layout/therapist-frame";
import { Card } from "~/components/ui/card";
import { FeedbackForm } from "~/features/feedback/components/feedback-form";
import { FeedbackList } from "~/features/feedback/components/feedback-list";
import { MarkReviewedButton } from "~/features/feedback/components/mark-reviewed-button";
import { WorksheetAnswersView } from "~/features/worksheets/components/worksheet-answers-view";
import { formatClientTime } from "~/lib/format";
import { recordTherapistView } from "~/server/audit-view";
import { CareLinkBanner } from "~/features/clients/components/care-link-banner";
import { requireTherapist } from "~/server/auth/guard";
import { getServerApi, orNotFound } from "~/trpc/server";

export const metadata: Metadata = { title: "Submission" };

export default async function SubmissionPage({
  params,
}: {
  params: Promise<{ submissionId: string }>;
}) {
  const { submissionId } = await params;
  const actor = await requireTherapist(
    `/therapist/submissions/${encodeURIComponent(submissionId)}`,
  );
  const api = await getServerApi();
  const s = await orNotFound(api.worksheets.submission({ submissionId }));
  await recordTherapistView({ entity: "submission", entityId: submissionId, clientId: s.clientId });
  const link = await api.clients.careLink({ clientId: s.clientId });
  const inCare = link.status === "ACTIVE";
  const tz = actor.timeZone;
  // Like the client page: times as the client lives them, in the zone they were assigned in.
  const client = { name: s.clientName, timeZone: s.timeZone };
  return (
    <TherapistFrame actor={actor}>
      <Link
        href={`/therapist/clients/${s.clientId}`}
        className="self-start font-semibold text-brand-800 underline underline-offset-2"
      >
        Back to {s.clientName}
      </Link>
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold">{s.title}</h1>
        <p className="text-slate-700">{s.clientName}</p>
        <p className="text-slate-700">
          Due {formatClientTime(s.dueAt, client, tz)} ·{" "}
          {s.beforeOnly
            ? `prediction made ${s.beforeSubmittedAt ? formatClientTime(s.beforeSubmittedAt, client, tz) : ""}`
            : `submitted ${s.submittedAt ? formatClientTime(s.submittedAt, client, tz) : "—"}`}
        </p>
      </div>
      {s.private ? (
        <p className="rounded-lg border border-slate-300 bg-white px-4 py-3 text-sm text-slate-800">
          Just for them: {s.clientName} did this and kept the answers private. They can choose to
          share it later.
        </p>
      ) : null}
      {s.beforeOnly && !s.private ? (
        <p className="rounded-lg border border-sky-300 bg-sky-50 px-4 py-3 text-sm text-sky-950">
          Prediction made: this is the first part. The second part, for afterwards, is still to
          come; you can respond once the whole worksheet is in.
        </p>
      ) : null}
      {s.private ? null : (
        <Card>
          <WorksheetAnswersView fields={s.fields} answers={s.answers} />
        </Card>
      )}
      {s.beforeOnly || s.private ? null : (
        <>
          <section aria-labelledby="note-heading" className="flex flex-col gap-2">
            <h2 id="note-heading" className="text-lg font-semibold">
              Follow-up note
            </h2>
            <p className="whitespace-pre-wrap text-slate-800">
              {s.followUpNote ?? "No follow-up note yet."}
            </p>
          </section>
          <section aria-labelledby="feedback-heading" className="flex flex-col gap-3">
            <h2 id="feedback-heading" className="text-lg font-semibold">
              Feedback
            </h2>
            <FeedbackList items={s.feedback} timeZone={tz} />
            {inCare ? (
              <>
                <FeedbackForm target={{ submissionId: s.id }} />
                <MarkReviewedButton
                  target={{ submissionId: s.id }}
                  reviewedAt={s.reviewedAt}
                  timeZone={tz}
                />
              </>
            ) : (
              <CareLinkBanner
                link={link}
                client={{ id: s.clientId, name: s.clientName }}
                timeZone={tz}
                canRestore={false}
              />
            )}
          </section>
        </>
      )}
    </TherapistFrame>
  );
}
