import type { ReactNode } from "react";
import { AppHeader } from "./app-header";
import { OwnDraftsOnly } from "./own-drafts-only";

const THERAPIST_NAV = [
  { href: "/therapist", label: "Caseload" },
  { href: "/therapist/submissions", label: "Submissions" },
  { href: "/therapist/templates", label: "Templates" },
  { href: "/therapist/assign", label: "Assign homework" },
  { href: "/therapist/settings", label: "Settings" },
];

/** The frame of every therapist page: the therapist's nav, then the page. */
export function TherapistFrame({
  actor,
  wide = false,
  children,
}: {
  actor: { userId: string; name: string };
  /** Lists and the caseload take the width of a laptop screen; forms and reading stay narrow. */
  wide?: boolean;
  children: ReactNode;
}) {
  return (
    <>
      <OwnDraftsOnly userId={actor.userId} />
      <AppHeader home="/therapist" nav={THERAPIST_NAV} userName={actor.name} />
      <main className={`mx-auto flex ${wide ? "max-w-5xl" : "max-w-3xl"} flex-col gap-6 px-4 py-8`}>
        {children}
      </main>
    </>
  );
}
