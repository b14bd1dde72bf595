import type { Metadata } from "next";
import Link from "next/link";
import { TherapistHeader } from "~/components/layout/therapist-header";
import { Card } from "~/components/ui/card";
import { AssignmentForm } from "~/features/assignments/components/assignment-form";
import { localDateOf } from "~/lib/dates";
import { requireTherapist } from "~/server/auth/guard";
import { getServerApi, orNotFound } from "~/trpc/server";

export const metadata: Metadata = { title: "Assign homework" };

const linkClass = "font-semibold text-brand-800 underline-offset-2 hover:underline";

export default async function AssignPage({
  searchParams,
}: {
  searchParams: Promise<{ clientId?: string; templateId?: string }>;
}) {
  const { clientId, templateId } = await searchParams;
  const query = new URLSearchParams({
    ...(clientId ? { clientId } : {}),
    ...(templateId ? { templateId } : {}),
  });
  const actor = await requireTherapist(`/therapist/assign?${query}`);
  const api = await getServerApi();
  const withParam = (key: string, value: string) => {
    const next = new URLSearchParams(query);
    next.set(key, value);
    return `/therapist/assign?${next}`;
  };

  let body;
  if (!clientId) {
    const clients = await api.clients.list();
    body = (
      <Card className="flex flex-col gap-3">
        <h2 className="text-xl font-semibold">Choose a client</h2>
        {clients.length === 0 ? <p>No clients yet. Invite one from the caseload.</p> : null}
        <ul className="flex flex-col gap-2">
          {clients.map((c) => (
            <li key={c.clientId}>
              <Link href={withParam("clientId", c.clientId)} className={linkClass}>
                {c.name}
              </Link>
            </li>
          ))}
        </ul>
      </Card>
    );
  } else if (!templateId) {
    const templates = await api.assignments.templateChoices();
    body = (
      <Card className="flex flex-col gap-3">
        <h2 className="text-xl font-semibold">Choose a template</h2>
        <ul className="flex flex-col gap-3">
          {templates.map((t) => (
            <li key={t.id}>
              <Link href={withParam("templateId", t.id)} className={linkClass}>
                {t.title}
              </Link>{" "}
              <span className="text-sm text-slate-700">
                ({t.kind === "LADDER" ? "ladder" : "worksheet"}) {t.summary}
              </span>
            </li>
          ))}
        </ul>
      </Card>
    );
  } else {
    const draft = await orNotFound(api.assignments.draft({ clientId, templateId }));
    body = (
      <>
        <p className="text-slate-700">
          {draft.template.title} for {draft.client.name}. Changes here apply to this client only.
        </p>
        <AssignmentForm
          target={{ mode: "create", clientId, templateId }}
          clientId={clientId}
          timeZone={draft.client.timeZone}
          today={localDateOf(new Date(), draft.client.timeZone)}
          initial={{
            content: draft.template.content,
            instructions: "",
            schedule: null,
            reminderOffsets: [60],
          }}
        />
      </>
    );
  }

  return (
    <>
      <TherapistHeader userName={actor.name} />
      <main className="mx-auto flex max-w-3xl flex-col gap-6 px-4 py-8">
        <h1 className="text-2xl font-bold">Assign homework</h1>
        {body}
      </main>
    </>
  );
}
