import type { Metadata } from "next";
import { AppHeader } from "~/components/layout/app-header";
import { Card } from "~/components/ui/card";
import { CrisisBanner } from "~/features/account/components/crisis-banner";
import { requireClient } from "~/server/auth/guard";

export const metadata: Metadata = { title: "Today" };

export default async function PortalHomePage() {
  const actor = await requireClient("/portal");
  return (
    <>
      <AppHeader home="/portal" nav={[{ href: "/portal", label: "Today" }]} userName={actor.name} />
      <main className="mx-auto flex max-w-2xl flex-col gap-6 px-4 py-6">
        <h1 className="text-2xl font-bold">Hello, {actor.name.split(" ")[0]}</h1>
        <Card>
          <p className="text-slate-700">
            Nothing is due today. Your therapist&apos;s homework for you will appear here.
          </p>
        </Card>
        <CrisisBanner />
      </main>
    </>
  );
}
