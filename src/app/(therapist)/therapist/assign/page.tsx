import type { Metadata } from "next";
import Link from "next/link";
import { TherapistHeader } from "~/components/layout/therapist-header";
import { buttonClass } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { Pager } from "~/components/ui/pager";
import { AssignmentForm } from "~/features/assignments/components/assignment-form";
import { ZTemplateCursorSchema } from "~/features/templates/schema";
import { localDateOf } from "~/lib/dates";
import { hrefWith, readCursor, readParam } from "~/lib/paging";
import { requireTherapist } from "~/server/auth/guard";
import { getServerApi, orNotFound } from "~/trpc/server";

export const metadata: Metadata = { title: "Assign homework" };

const linkClass = "font-semibold text-brand-800 underline-offset-2 hover:underline";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AssignPage({ searchParams }: Props) {
  const params = await searchParams;
  const clientId = readParam(params.clientId);
  const templateId = readParam(params.templateId);
  const search = readParam(params.search)?.trim().slice(0, 100) ?? "";
  const query = new URLSearchParams({
    ...(clientId ? { clientId } : {}),
    ...(templateId ? { templateId } : {}),
  });
  const actor = await requireTherapist(`/therapist/assign?${query}`);
  const api = await getServerApi();
  // Choosing a client or a template starts the next choice from its first page.
  const withParam = (key: string, value: string) =>
    hrefWith("/therapist/assign", params, { [key]: value, cursor: undefined, search: undefined });
  const pageHref = (cursor: string | undefined) =>
    hrefWith("/therapist/assign", params, { cursor });
  const cursor = readCursor(params.cursor);

  let body;
  if (!clientId) {
    const clients = await api.clients.list({ cursor });
    body = (
      <Card className="flex flex-col gap-3">
        <h2 className="text-xl font-semibold">Choose a client</h2>
        {clients.items.length === 0 ? <p>No clients yet. Invite one from the caseload.</p> : null}
        <ul className="flex flex-col gap-2">
          {clients.items.map((c) => (
            <li key={c.clientId}>
              <Link href={withParam("clientId", c.clientId)} className={linkClass}>
                {c.name}
              </Link>
            </li>
          ))}
        </ul>
        <Pager
          of="clients"
          firstHref={cursor ? pageHref(undefined) : null}
          nextHref={clients.nextCursor ? pageHref(clients.nextCursor) : null}
        />
      </Card>
    );
  } else if (!templateId) {
    const templateCursor = ZTemplateCursorSchema.safeParse(params.cursor).data;
    const templates = await api.templates.list({
      search: search || undefined,
      cursor: templateCursor,
    });
    body = (
      <Card className="flex flex-col gap-4">
        <h2 className="text-xl font-semibold">Choose a template</h2>
        {/* A plain GET form: the chosen client stays in the URL, the search starts at page 1. */}
        <form
          method="get"
          role="search"
          aria-label="Search templates"
          className="flex flex-wrap items-end gap-3"
        >
          <input type="hidden" name="clientId" value={clientId} />
          <div className="flex grow flex-col gap-1.5">
            <label htmlFor="template-search" className="text-sm font-medium text-slate-800">
              Search titles and summaries
            </label>
            <input
              id="template-search"
              name="search"
              type="search"
              maxLength={100}
              defaultValue={search}
              className="min-h-11 rounded-lg border border-slate-400 bg-white px-3 py-2 text-base"
            />
          </div>
          <button type="submit" className={buttonClass("secondary")}>
            Search
          </button>
        </form>
        {templates.items.length === 0 ? (
          <p className="text-slate-700">No templates match. Try another search.</p>
        ) : null}
        <ul className="flex flex-col gap-3" aria-label="Templates">
          {templates.items.map((t) => (
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
        <Pager
          of="templates"
          firstHref={templateCursor ? pageHref(undefined) : null}
          nextHref={templates.nextCursor ? pageHref(templates.nextCursor) : null}
        />
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
