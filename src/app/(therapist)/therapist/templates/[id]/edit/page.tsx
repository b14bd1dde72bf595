import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { TherapistFrame } from "~/components/layout/therapist-frame";
import { Alert } from "~/components/ui/alert";
import { TemplateEditor } from "~/features/templates/components/template-editor";
import { requireTherapist } from "~/server/auth/guard";
import { loadTemplateOr404 } from "../../load-template";

export const metadata: Metadata = { title: "Edit template" };

type Props = { params: Promise<{ id: string }> };

export default async function EditTemplatePage({ params }: Props) {
  const { id } = await params;
  const actor = await requireTherapist(`/therapist/templates/${id}/edit`);
  const template = await loadTemplateOr404(id);
  // Built-ins are read-only; their preview offers "Make my own copy".
  if (template.isBuiltin) redirect(`/therapist/templates/${id}`);
  const { title, summary, whyItHelps, howToUse } = template;
  const content =
    template.kind === "LADDER"
      ? ({ kind: "LADDER", body: template.body } as const)
      : ({ kind: "WORKSHEET", body: template.body } as const);

  return (
    <TherapistFrame actor={actor}>
      <h1 className="text-2xl font-bold">Edit: {template.title}</h1>
      <Alert>
        Saving makes a new version. Homework you already gave keeps the version it was given with.
      </Alert>
      <TemplateEditor
        id={template.id}
        initial={{ title, summary, whyItHelps, howToUse, ...content }}
      />
    </TherapistFrame>
  );
}
