"use client";

import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { readServerError } from "~/lib/form-errors";
import { usePagedList } from "~/lib/use-paged-list";
import { loadApi } from "~/trpc/load-api";
import type { TListTemplatesResponse, TTemplateKind } from "../schema";
import { TemplateCard } from "./template-card";

/** The library's result list: the server renders page one, "Load more" appends the next. */
export function TemplateLibrary(props: {
  filter: { kind?: TTemplateKind; search?: string };
  firstPage: TListTemplatesResponse;
}) {
  const { items, cursor, loading, error, showMore } = usePagedList({
    first: props.firstPage,
    fetchPage: async (cursor) =>
      (await loadApi()).templates.list.query({ ...props.filter, cursor }),
    messageOf: (e) => readServerError(e).message,
  });

  if (items.length === 0) {
    return <p className="text-slate-700">No templates match. Try another search or kind.</p>;
  }
  return (
    <div className="flex flex-col gap-4">
      <p className="sr-only" aria-live="polite">
        {items.length} templates shown
      </p>
      <ul className="grid gap-4 sm:grid-cols-2" aria-label="Templates">
        {items.map((template) => (
          <li key={template.id}>
            <TemplateCard template={template} />
          </li>
        ))}
      </ul>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {cursor ? (
        <Button variant="secondary" className="self-center" disabled={loading} onClick={showMore}>
          {loading ? "Loading…" : "Load more"}
        </Button>
      ) : null}
    </div>
  );
}
