import type { ReactNode } from "react";

export function Card({ children, className = "" }: { children: ReactNode; className?: string }) {
  return (
    <div className={`rounded-xl border border-slate-200 bg-white p-5 shadow-sm ${className}`}>
      {children}
    </div>
  );
}

/** A card headed by the page's title: the one-card pages (sign-in, links from emails). */
export function TitledCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card className="flex flex-col gap-5">
      <h1 className="text-2xl font-bold">{title}</h1>
      {children}
    </Card>
  );
}
