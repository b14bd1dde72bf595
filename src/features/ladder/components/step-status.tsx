import type { TLadderStepView } from "../schema";

// Inline SVG icons: emoji and symbol glyphs are missing from some system fonts.
const ICONS = {
  done: <path d="M3 8.5l3 3 7-7" fill="none" stroke="currentColor" strokeWidth="2" />,
  current: <circle cx="8" cy="8" r="4" fill="currentColor" />,
  upcoming: (
    <>
      <rect x="3.5" y="7" width="9" height="7" rx="1" fill="currentColor" />
      <path d="M5.5 7V5a2.5 2.5 0 015 0v2" fill="none" stroke="currentColor" strokeWidth="1.6" />
    </>
  ),
} as const;

const LABELS = {
  done: { text: "Done", className: "bg-emerald-50 text-emerald-900 border-emerald-300" },
  current: { text: "Current step", className: "bg-sky-50 text-sky-950 border-sky-400" },
  upcoming: { text: "Locked", className: "bg-slate-50 text-slate-700 border-slate-300" },
} as const;

/** Status as words and an icon, never colour alone. */
export function StepStatus({ status }: { status: TLadderStepView["status"] }) {
  const label = LABELS[status];
  return (
    <span
      className={`inline-flex items-center gap-1.5 rounded-full border px-2.5 py-0.5 text-xs font-semibold ${label.className}`}
    >
      <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3.5">
        {ICONS[status]}
      </svg>
      <span>{label.text}</span>
    </span>
  );
}
