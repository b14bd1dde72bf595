import type { Metadata } from "next";
import { TherapistFrame } from "~/components/layout/therapist-frame";
import { ButtonLink } from "~/components/ui/button-link";
import { Card } from "~/components/ui/card";
import {
  ArchiveTemplateButton,
  DuplicateTemplateButton,
} from "~/features/templates/components/template-actions";
import { KindBadge } from "~/features/templates/components/template-card";
import { LadderPreview } from "~/features/ladder/components/ladder-preview";
import { WorksheetPreview } from "~/features/worksheets/components/worksheet-preview";
import { hrefWith, readParam } from "~/lib/paging";
import { requireTherapist } from "~/server/auth/guard";
import { loadTemplateOr404 } from "../load-template";

export const metadata: Metadata = { title: "Template preview" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function TemplatePreviewPage({ params, searchParams }: Props) {
  const { id } = await params;
  // Opened from the assign page with a client chosen: assigning goes back to that client.
  const clientId = readParam((await searchParams).clientId);
  const actor = await requireTherapist(`/therapist/templates/${id}`);
  const template = await loadTemplateOr404(id);

  return (
    <TherapistFrame actor={actor}>
      <div className="flex flex-col gap-2">
        <p className="flex items-center gap-2 text-sm text-slate-700">
          <KindBadge kind={template.kind} />
          {template.isBuiltin ? "Built-in" : `Yours · version ${template.version}`}
        </p>
        <h1 className="text-2xl font-bold">Preview: {template.title}</h1>
        <div className="flex flex-wrap gap-2">
          <ButtonLink
            href={hrefWith("/therapist/assign", {}, { templateId: template.id, clientId })}
          >
            Assign to a client
          </ButtonLink>
          {template.isBuiltin ? (
            <DuplicateTemplateButton id={template.id} />
          ) : (
            <>
              <ButtonLink href={`/therapist/templates/${template.id}/edit`} variant="secondary">
                Edit
              </ButtonLink>
              <DuplicateTemplateButton id={template.id} />
              <ArchiveTemplateButton id={template.id} />
            </>
          )}
        </div>
      </div>
      <section aria-labelledby="client-view-heading" className="flex flex-col gap-3">
        <h2 id="client-view-heading" className="text-lg font-semibold text-slate-800">
          What your client sees
        </h2>
        {/* The client's own components, read-only. */}
        <Card className="flex flex-col gap-5">
          <h3 className="text-xl font-bold">{template.title}</h3>
          {template.kind === "WORKSHEET" ? (
            <WorksheetPreview whyItHelps={template.whyItHelps} fields={template.body.fields} />
          ) : (
            <LadderPreview
              title={template.title}
              whyItHelps={template.whyItHelps}
              body={template.body}
            />
          )}
        </Card>
      </section>
      <section aria-labelledby="how-heading">
        <Card className="border-amber-200 bg-amber-50">
          <h2 id="how-heading" className="text-lg font-semibold">
            How to use it (only you see this)
          </h2>
          <p className="mt-2 whitespace-pre-line text-slate-800">
            {template.howToUse || "No notes yet."}
          </p>
        </Card>
      </section>
    </TherapistFrame>
  );
}
