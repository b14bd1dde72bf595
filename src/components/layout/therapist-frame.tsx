import type { ReactNode } from "react";
import { AppHeader } from "./app-header";

const THERAPIST_NAV = [
  { href: "/therapist", label: "Caseload" },
  { href: "/therapist/submissions", label: "Submissions" },
  { href: "/therapist/templates", label: "Templates" },
  { href: "/therapist/assign", label: "Assign homework" },
  { href: "/therapist/settings", label: "Email settings" },
];

/** The frame of every therapist page: the therapist's nav, then the page. */
export function TherapistFrame({
  userName,
  wide = false,
  children,
}: {
  userName: string;
  /** Lists and the caseload take the width of a laptop screen; forms and reading stay narrow. */
  wide?: boolean;
  children: ReactNode;
}) {
  return (
    <>
      <AppHeader home="/therapist" nav={THERAPIST_NAV} userName={userName} />
      <main className={`mx-auto flex ${wide ? "max-w-5xl" : "max-w-3xl"} flex-col gap-6 px-4 py-8`}>
        {children}
      </main>
    </>
  );
}
