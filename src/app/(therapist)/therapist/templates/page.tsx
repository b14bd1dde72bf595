import type { Metadata } from "next";
import { TherapistHeader } from "~/components/layout/therapist-header";
import { ButtonLink, buttonClass } from "~/components/ui/button";
import { TemplateLibrary } from "~/features/templates/components/template-library";
import { ZTemplateKind } from "~/features/templates/schema";
import { requireTherapist } from "~/server/auth/guard";
import { getServerApi } from "~/trpc/server";

export const metadata: Metadata = { title: "Templates" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TemplatesPage({ searchParams }: Props) {
  const actor = await requireTherapist("/therapist/templates");
  const params = await searchParams;
  // A hand-edited URL falls back to "all" instead of an error page.
  const kind = ZTemplateKind.safeParse(params.kind).data;
  const search = typeof params.search === "string" ? params.search.trim().slice(0, 100) : "";
  const filter = { kind, search: search || undefined };
  const firstPage = await (await getServerApi()).templates.list(filter);

  return (
    <>
      <TherapistHeader userName={actor.name} />
      <main className="mx-auto flex max-w-5xl flex-col gap-6 px-4 py-8">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h1 className="text-2xl font-bold">Templates</h1>
          <div className="flex flex-wrap gap-2">
            <ButtonLink href="/therapist/templates/new?kind=WORKSHEET">New worksheet</ButtonLink>
            <ButtonLink href="/therapist/templates/new?kind=LADDER" variant="secondary">
              New ladder
            </ButtonLink>
          </div>
        </div>
        {/* A plain GET form: filtering works without JavaScript and the URL can be shared. */}
        <form
          method="get"
          role="search"
          aria-label="Filter templates"
          className="flex flex-wrap items-end gap-3"
        >
          <div className="flex flex-col gap-1.5">
            <label htmlFor="kind" className="text-sm font-medium text-slate-800">
              Kind
            </label>
            <select
              id="kind"
              name="kind"
              defaultValue={kind ?? ""}
              className="min-h-11 rounded-lg border border-slate-400 bg-white px-3 py-2 text-base"
            >
              <option value="">All kinds</option>
              <option value="WORKSHEET">Worksheets</option>
              <option value="LADDER">Ladders</option>
            </select>
          </div>
          <div className="flex grow flex-col gap-1.5">
            <label htmlFor="search" className="text-sm font-medium text-slate-800">
              Search titles and summaries
            </label>
            <input
              id="search"
              name="search"
              type="search"
              maxLength={100}
              defaultValue={search}
              className="min-h-11 rounded-lg border border-slate-400 bg-white px-3 py-2 text-base"
            />
          </div>
          <button type="submit" className={buttonClass("secondary")}>
            Show templates
          </button>
        </form>
        <TemplateLibrary key={`${kind ?? ""}|${search}`} filter={filter} firstPage={firstPage} />
      </main>
    </>
  );
}
