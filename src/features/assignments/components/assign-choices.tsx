import Link from "next/link";
import type { ReactNode } from "react";
import { Card } from "~/components/ui/card";
import { KindBadge } from "~/features/templates/components/template-card";
import { TemplateFilter } from "~/features/templates/components/template-filter";
import type { TTemplateKind, TTemplateSummary } from "~/features/templates/schema";

/**
 * The two choices before the assignment form: a client and a template, in either order. (Not
 * "steps": a step is a rung of a ladder.)
 */

const linkClass = "font-semibold text-brand-800 underline-offset-2 hover:underline";

/** What is already chosen, with a way to choose again. */
export function Chosen({
  label,
  value,
  changeHref,
}: {
  label: string;
  value: string;
  changeHref: string;
}) {
  return (
    <p className="text-slate-700">
      {label}: <span className="font-semibold text-slate-900">{value}</span> ·{" "}
      <Link href={changeHref} className={linkClass}>
        Change<span className="sr-only"> {label.toLowerCase()}</span>
      </Link>
    </p>
  );
}

export function ClientChoice({
  clients,
  hrefFor,
  chosen,
  pager,
}: {
  clients: { clientId: string; name: string }[];
  hrefFor: (clientId: string) => string;
  chosen: ReactNode;
  pager: ReactNode;
}) {
  return (
    <Card className="flex flex-col gap-3">
      <h2 className="text-xl font-semibold">Choose a client</h2>
      {chosen}
      {clients.length === 0 ? <p>No clients yet. Invite one from the caseload.</p> : null}
      <ul className="flex flex-col gap-2" aria-label="Clients">
        {clients.map((c) => (
          <li key={c.clientId}>
            <Link href={hrefFor(c.clientId)} className={linkClass}>
              {c.name}
            </Link>
          </li>
        ))}
      </ul>
      {pager}
    </Card>
  );
}

export function TemplateChoice({
  clientId,
  templates,
  filter,
  hrefFor,
  previewHrefFor,
  chosen,
  pager,
}: {
  clientId: string;
  templates: TTemplateSummary[];
  filter: { kind?: TTemplateKind; search: string };
  hrefFor: (templateId: string) => string;
  previewHrefFor: (templateId: string) => string;
  chosen: ReactNode;
  pager: ReactNode;
}) {
  return (
    <Card className="flex flex-col gap-4">
      <h2 className="text-xl font-semibold">Choose a template</h2>
      {chosen}
      <TemplateFilter kind={filter.kind} search={filter.search} submitLabel="Search">
        {/* The chosen client stays in the URL. */}
        <input type="hidden" name="clientId" value={clientId} />
      </TemplateFilter>
      {templates.length === 0 ? (
        <p className="text-slate-700">No templates match. Try another search or kind.</p>
      ) : null}
      <ul className="flex flex-col gap-3" aria-label="Templates">
        {templates.map((t) => (
          <li key={t.id} className="flex flex-col gap-1">
            <span className="flex flex-wrap items-center gap-2">
              <KindBadge kind={t.kind} />
              <Link href={hrefFor(t.id)} className={linkClass}>
                {t.title}
              </Link>
              <Link href={previewHrefFor(t.id)} className="text-sm text-brand-800 underline">
                Preview<span className="sr-only"> {t.title}</span>
              </Link>
            </span>
            {t.summary ? <span className="text-sm text-slate-700">{t.summary}</span> : null}
          </li>
        ))}
      </ul>
      {pager}
    </Card>
  );
}
