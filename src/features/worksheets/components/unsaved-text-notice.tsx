import type { ReactNode } from "react";

/** Words the client typed that can no longer be saved: shown, for copying, never dropped. */
export function UnsavedTextNotice({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro: string;
  children: ReactNode;
}) {
  return (
    <section
      aria-labelledby={id}
      className="flex flex-col gap-3 rounded-xl border-2 border-amber-500 bg-amber-50 p-4"
    >
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      <p className="text-slate-800">{intro}</p>
      {children}
    </section>
  );
}
