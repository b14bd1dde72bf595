import type { Metadata } from "next";
import { TherapistFrame } from "~/components/layout/therapist-frame";
import { Alert } from "~/components/ui/alert";
import { AssignmentForm } from "~/features/assignments/components/assignment-form";
import { localDateOf } from "~/lib/dates";
import { requireTherapist } from "~/server/auth/guard";
import { getServerApi, orNotFound } from "~/trpc/server";

export const metadata: Metadata = { title: "Edit homework" };

export default async function EditAssignmentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireTherapist(`/therapist/assignments/${id}/edit`);
  const a = await orNotFound((await getServerApi()).assignments.get({ assignmentId: id }));
  return (
    <TherapistFrame actor={actor}>
      <h1 className="text-2xl font-bold">
        Edit {a.title} for {a.client.name}
      </h1>
      {a.status !== "ACTIVE" ? (
        <Alert tone="info">
          {a.status === "COMPLETED"
            ? "This homework is already finished and can no longer be changed."
            : "This homework has ended and can no longer be changed."}
        </Alert>
      ) : (
        <>
          <Alert tone="info">
            Changes reach future due dates only; what is past or already started stays. A new
            schedule cancels the due dates that no longer fit, except ones the client has started.
            Homework due once moves to its new date, also when it is overdue.
          </Alert>
          <AssignmentForm
            target={{ mode: "edit", assignmentId: a.id }}
            clientId={a.client.id}
            timeZone={a.timeZone}
            today={localDateOf(new Date(), a.timeZone)}
            initial={a}
          />
        </>
      )}
    </TherapistFrame>
  );
}
