import type { ReactNode } from "react";
import { buttonClass } from "~/components/ui/button";
import { readParam } from "~/lib/paging";
import { ZTemplateKind, type TTemplateKind } from "../schema";

const inputClass = "min-h-11 rounded-lg border border-slate-400 bg-white px-3 py-2 text-base";

/** The kind and search of a template list from the URL; a hand-edited kind means all kinds. */
export function readTemplateFilter(params: Record<string, string | string[] | undefined>): {
  kind?: TTemplateKind;
  search: string;
} {
  return {
    kind: ZTemplateKind.safeParse(params.kind).data,
    search: readParam(params.search)?.trim().slice(0, 100) ?? "",
  };
}

/**
 * Kind and search over templates as a plain GET form: it works without JavaScript, the URL can be
 * shared, and a new filter starts at the first page. `children` are hidden inputs to keep.
 */
export function TemplateFilter({
  kind,
  search,
  submitLabel,
  children,
}: {
  kind?: TTemplateKind;
  search: string;
  submitLabel: string;
  children?: ReactNode;
}) {
  return (
    <form
      method="get"
      role="search"
      aria-label="Filter templates"
      className="flex flex-wrap items-end gap-3"
    >
      {children}
      <div className="flex flex-col gap-1.5">
        <label htmlFor="template-kind" className="text-sm font-medium text-slate-800">
          Kind
        </label>
        <select id="template-kind" name="kind" defaultValue={kind ?? ""} className={inputClass}>
          <option value="">All kinds</option>
          <option value="WORKSHEET">Worksheets</option>
          <option value="LADDER">Ladders</option>
        </select>
      </div>
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
          className={inputClass}
        />
      </div>
      <button type="submit" className={buttonClass("secondary")}>
        {submitLabel}
      </button>
    </form>
  );
}
