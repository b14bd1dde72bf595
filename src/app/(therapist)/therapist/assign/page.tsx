import type { Metadata } from "next";
import Link from "next/link";
import { TherapistFrame } from "~/components/layout/therapist-frame";
import { Pager } from "~/components/ui/pager";
import { AssignmentForm } from "~/features/assignments/components/assignment-form";
import { NEW_HOMEWORK_REMINDERS } from "~/features/assignments/reminders";
import {
  Chosen,
  ClientChoice,
  TemplateChoice,
} from "~/features/assignments/components/assign-choices";
import { readTemplateFilter } from "~/features/templates/components/template-filter";
import { localDateOf } from "~/lib/dates";
import { hrefWith, pagerLinks, readCursor, readParam } from "~/lib/paging";
import { requireTherapist } from "~/server/auth/guard";
import { getServerApi, orNotFound } from "~/trpc/server";

export const metadata: Metadata = { title: "Assign homework" };

const linkClass = "font-semibold text-brand-800 underline-offset-2 hover:underline";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AssignPage({ searchParams }: Props) {
  const params = await searchParams;
  const clientId = readParam(params.clientId);
  const templateId = readParam(params.templateId);
  const { kind, search } = readTemplateFilter(params);
  const query = new URLSearchParams({
    ...(clientId ? { clientId } : {}),
    ...(templateId ? { templateId } : {}),
  });
  const actor = await requireTherapist(`/therapist/assign?${query}`);
  const api = await getServerApi();
  // Choosing (or changing) a client or a template starts the next choice from its first page.
  const withParam = (key: string, value: string | undefined) =>
    hrefWith("/therapist/assign", params, {
      [key]: value,
      cursor: undefined,
      search: undefined,
      kind: undefined,
    });
  const pageHref = (cursor: string | undefined) =>
    hrefWith("/therapist/assign", params, { cursor });
  const cursor = readCursor(params.cursor);

  let body;
  if (!clientId) {
    const [clients, template] = await Promise.all([
      api.clients.list({ cursor }),
      templateId ? orNotFound(api.templates.get({ id: templateId })) : null,
    ]);
    body = (
      <ClientChoice
        clients={clients.items}
        hrefFor={(id) => withParam("clientId", id)}
        chosen={
          template ? (
            <Chosen
              label="Template"
              value={template.title}
              changeHref={withParam("templateId", undefined)}
            />
          ) : null
        }
        pager={<Pager of="clients" {...pagerLinks(cursor, clients.nextCursor, pageHref)} />}
      />
    );
  } else if (!templateId) {
    const [client, templates] = await Promise.all([
      orNotFound(api.assignments.client({ clientId })),
      api.templates.list({ kind, search: search || undefined, cursor }),
    ]);
    body = (
      <TemplateChoice
        clientId={clientId}
        templates={templates.items}
        filter={{ kind, search }}
        hrefFor={(id) => withParam("templateId", id)}
        // The preview offers "Assign to a client" back to this client's form.
        previewHrefFor={(id) => `/therapist/templates/${id}?clientId=${clientId}`}
        chosen={
          <Chosen
            label="Client"
            value={client.name}
            changeHref={withParam("clientId", undefined)}
          />
        }
        pager={<Pager of="templates" {...pagerLinks(cursor, templates.nextCursor, pageHref)} />}
      />
    );
  } else {
    const draft = await orNotFound(api.assignments.draft({ clientId, templateId }));
    body = (
      <>
        <p className="text-slate-700">
          {draft.template.title} for {draft.client.name}. Changes here apply to this client only.{" "}
          <Link href={withParam("clientId", undefined)} className={linkClass}>
            Change client
          </Link>{" "}
          ·{" "}
          <Link href={withParam("templateId", undefined)} className={linkClass}>
            Change template
          </Link>
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
            reminders: NEW_HOMEWORK_REMINDERS,
          }}
        />
      </>
    );
  }

  return (
    <TherapistFrame actor={actor}>
      <h1 className="text-2xl font-bold">Assign homework</h1>
      {body}
    </TherapistFrame>
  );
}
