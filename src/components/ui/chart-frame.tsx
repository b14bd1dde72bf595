import { useId, type ReactNode } from "react";

export type TLegendItem = { label: string; swatch: ReactNode };

/**
 * Every chart's frame: a title, the one-sentence summary a person would say about it, a legend
 * that tells series apart by marker and dash (never colour alone), the picture, and the numbers
 * as a table behind "Show the numbers" for screen readers and keyboards. The picture itself is
 * hidden from assistive technology: the summary and the table say what it shows.
 */
export function ChartFrame({
  title,
  summary,
  legend = [],
  columns,
  rows,
  children,
}: {
  title: string;
  summary: string;
  legend?: TLegendItem[];
  columns: string[];
  rows: (string | number)[][];
  children: ReactNode;
}) {
  const id = useId();
  return (
    <figure
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-summary`}
      className="flex break-inside-avoid flex-col gap-2 rounded-xl border border-slate-200 bg-white p-4 shadow-sm print:shadow-none"
    >
      <h3 id={`${id}-title`} className="font-semibold text-slate-900">
        {title}
      </h3>
      <p id={`${id}-summary`} className="text-sm text-slate-800">
        {summary}
      </p>
      {legend.length > 0 ? (
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-800" aria-hidden="true">
          {legend.map((item) => (
            <li key={item.label} className="flex items-center gap-1.5">
              <svg width="28" height="12" viewBox="0 0 28 12" className="shrink-0">
                {item.swatch}
              </svg>
              {item.label}
            </li>
          ))}
        </ul>
      ) : null}
      <div aria-hidden="true">{children}</div>
      <details className="text-sm print:hidden">
        <summary className="cursor-pointer font-semibold text-brand-800">
          Show the numbers<span className="sr-only">: {title}</span>
        </summary>
        <div className="mt-2 overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr className="border-b border-slate-300">
                {columns.map((c) => (
                  <th key={c} scope="col" className="px-2 py-1 font-semibold">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => (
                <tr key={i} className="border-b border-slate-100 last:border-0">
                  {row.map((cell, j) =>
                    j === 0 ? (
                      <th key={j} scope="row" className="px-2 py-1 font-normal">
                        {cell}
                      </th>
                    ) : (
                      <td key={j} className="px-2 py-1">
                        {cell}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
