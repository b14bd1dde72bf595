import type { TLadderStepView } from "../schema";

const LABELS = {
  done: { text: "Done", icon: "✓", className: "bg-emerald-50 text-emerald-900 border-emerald-300" },
  current: { text: "Current step", icon: "●", className: "bg-sky-50 text-sky-950 border-sky-400" },
  upcoming: {
    text: "Locked",
    icon: "🔒",
    className: "bg-slate-50 text-slate-700 border-slate-300",
  },
} as const;

/** Status as words and an icon, never colour alone. */
export function StepStatus({ status }: { status: TLadderStepView["status"] }) {
  const label = LABELS[status];
  return (
    <span
      className={`inline-flex items-center gap-1.5 rounded-full border px-2.5 py-0.5 text-xs font-semibold ${label.className}`}
    >
      <span aria-hidden="true">{label.icon}</span>
      <span>{label.text}</span>
    </span>
  );
}
