import Link from "next/link";
import type { TTemplateSummary } from "../schema";

export const KIND_LABELS = { WORKSHEET: "Worksheet", LADDER: "Ladder" } as const;

export function KindBadge({ kind }: { kind: TTemplateSummary["kind"] }) {
  return (
    <span
      className={`rounded-full px-2.5 py-0.5 text-xs font-semibold ${
        kind === "LADDER" ? "bg-violet-100 text-violet-900" : "bg-sky-100 text-sky-900"
      }`}
    >
      {KIND_LABELS[kind]}
    </span>
  );
}

export function TemplateCard({ template }: { template: TTemplateSummary }) {
  return (
    <article className="flex h-full flex-col gap-2 rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <div className="flex flex-wrap items-center gap-2">
        <KindBadge kind={template.kind} />
        <span className="text-xs font-medium text-slate-700">
          {template.isBuiltin ? "Built-in" : "Yours"}
        </span>
      </div>
      <h2 className="text-lg font-semibold">
        <Link
          href={`/therapist/templates/${template.id}`}
          className="text-brand-800 underline-offset-2 hover:underline"
        >
          {template.title}
        </Link>
      </h2>
      {template.summary ? <p className="text-sm text-slate-700">{template.summary}</p> : null}
    </article>
  );
}
