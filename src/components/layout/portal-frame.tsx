import type { ReactNode } from "react";
import { AppHeader } from "./app-header";
import { CrisisBanner } from "./crisis-banner";

/** The frame of every client page: the client's nav and the crisis link, always in view first. */
export function PortalFrame({ userName, children }: { userName: string; children: ReactNode }) {
  return (
    <>
      <AppHeader
        home="/portal"
        nav={[
          { href: "/portal", label: "Today" },
          { href: "/portal/progress", label: "My progress" },
          { href: "/portal/safety-plan", label: "Safety plan" },
          { href: "/portal/learn", label: "Learn" },
          { href: "/portal/settings", label: "Email settings" },
        ]}
        userName={userName}
      />
      <main className="mx-auto flex max-w-2xl flex-col gap-6 px-4 py-6">
        <CrisisBanner />
        {children}
      </main>
    </>
  );
}
