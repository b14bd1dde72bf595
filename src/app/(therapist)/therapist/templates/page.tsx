import type { Metadata } from "next";
import { TherapistFrame } from "~/components/layout/therapist-frame";
import { ButtonLink } from "~/components/ui/button-link";
import {
  readTemplateFilter,
  TemplateFilter,
} from "~/features/templates/components/template-filter";
import { TemplateLibrary } from "~/features/templates/components/template-library";
import { requireTherapist } from "~/server/auth/guard";
import { getServerApi } from "~/trpc/server";

export const metadata: Metadata = { title: "Templates" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TemplatesPage({ searchParams }: Props) {
  const actor = await requireTherapist("/therapist/templates");
  const { kind, search } = readTemplateFilter(await searchParams);
  const filter = { kind, search: search || undefined };
  const firstPage = await (await getServerApi()).templates.list(filter);

  return (
    <TherapistFrame actor={actor} wide>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Templates</h1>
        <div className="flex flex-wrap gap-2">
          <ButtonLink href="/therapist/templates/new?kind=WORKSHEET">New worksheet</ButtonLink>
          <ButtonLink href="/therapist/templates/new?kind=LADDER" variant="secondary">
            New ladder
          </ButtonLink>
        </div>
      </div>
      <TemplateFilter kind={kind} search={search} submitLabel="Show templates" />
      <TemplateLibrary key={`${kind ?? ""}|${search}`} filter={filter} firstPage={firstPage} />
    </TherapistFrame>
  );
}
