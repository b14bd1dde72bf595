import type { Metadata } from "next";
import Link from "next/link";
import { PortalFrame } from "~/components/layout/portal-frame";
import { PortalSections } from "~/features/portal/components/portal-sections";
import { requireClient } from "~/server/auth/guard";
import { getServerApi } from "~/trpc/server";

export const metadata: Metadata = { title: "Today" };

export default async function PortalHomePage() {
  const actor = await requireClient("/portal");
  const home = await (await getServerApi()).portal.home();
  return (
    <PortalFrame actor={actor}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">Hello, {actor.name.split(" ")[0]}</h1>
        <Link
          href="/portal/progress"
          className="font-semibold text-brand-800 underline underline-offset-2"
        >
          See my progress
        </Link>
      </div>
      <PortalSections home={home} />
    </PortalFrame>
  );
}
