import type { Metadata } from "next";
import Link from "next/link";
import { TherapistFrame } from "~/components/layout/therapist-frame";
import { getBuiltinTemplate } from "~/features/templates/builtins";
import {
  TemplateEditor,
  type TTemplateDraft,
} from "~/features/templates/components/template-editor";
import { requireTherapist } from "~/server/auth/guard";

export const metadata: Metadata = { title: "New template" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const meta = { title: "", summary: "", whyItHelps: "", howToUse: "" };

function initialDraft(kind: "WORKSHEET" | "LADDER", fromBuiltin: boolean): TTemplateDraft {
  if (kind === "WORKSHEET") return { ...meta, kind, body: { fields: [] } };
  const builtin = getBuiltinTemplate("trust-ladder");
  if (fromBuiltin && builtin?.kind === "LADDER") {
    const { title, summary, whyItHelps, howToUse, body } = builtin;
    return { title: `${title} (my version)`, summary, whyItHelps, howToUse, kind, body };
  }
  return { ...meta, kind, body: { steps: [], targetDistress: 30, masteryStreak: 2 } };
}

export default async function NewTemplatePage({ searchParams }: Props) {
  const params = await searchParams;
  const kind = params.kind === "LADDER" ? "LADDER" : "WORKSHEET";
  const fromBuiltin = params.start === "builtin";
  const actor = await requireTherapist(
    `/therapist/templates/new?kind=${kind}${fromBuiltin ? "&start=builtin" : ""}`,
  );

  return (
    <TherapistFrame actor={actor}>
      <h1 className="text-2xl font-bold">New {kind === "LADDER" ? "ladder" : "worksheet"}</h1>
      {kind === "LADDER" ? (
        <nav aria-label="How to start" className="flex flex-wrap gap-4 text-sm">
          <span className="text-slate-700">Start from:</span>
          <Link
            href="/therapist/templates/new?kind=LADDER"
            aria-current={fromBuiltin ? undefined : "page"}
            className="font-medium text-brand-800 underline aria-[current=page]:no-underline aria-[current=page]:font-bold"
          >
            A blank ladder
          </Link>
          <Link
            href="/therapist/templates/new?kind=LADDER&start=builtin"
            aria-current={fromBuiltin ? "page" : undefined}
            className="font-medium text-brand-800 underline aria-[current=page]:no-underline aria-[current=page]:font-bold"
          >
            The built-in trust ladder
          </Link>
        </nav>
      ) : null}
      <TemplateEditor key={`${kind}-${fromBuiltin}`} initial={initialDraft(kind, fromBuiltin)} />
    </TherapistFrame>
  );
}
