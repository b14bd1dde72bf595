import type { ReactNode } from "react";
import { AppHeader } from "./app-header";
import { CrisisBanner } from "./crisis-banner";
import { OwnDraftsOnly } from "./own-drafts-only";

/** The frame of every client page: the client's nav and the crisis link, always in view first. */
export function PortalFrame({
  actor,
  children,
}: {
  actor: { userId: string; name: string };
  children: ReactNode;
}) {
  return (
    <>
      <OwnDraftsOnly userId={actor.userId} />
      <AppHeader
        home="/portal"
        nav={[
          { href: "/portal", label: "Today" },
          { href: "/portal/progress", label: "My progress" },
          { href: "/portal/safety-plan", label: "Safety plan" },
          { href: "/portal/learn", label: "Learn" },
          { href: "/portal/settings", label: "Settings" },
        ]}
        userName={actor.name}
      />
      <main className="mx-auto flex max-w-2xl flex-col gap-6 px-4 py-6">
        <CrisisBanner />
        {children}
      </main>
    </>
  );
}
