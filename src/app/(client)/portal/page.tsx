import type { Metadata } from "next";
import { PortalFrame } from "~/components/layout/portal-frame";
import { PortalSections } from "~/features/portal/components/portal-sections";
import { requireClient } from "~/server/auth/guard";
import { getServerApi } from "~/trpc/server";

export const metadata: Metadata = { title: "Today" };

export default async function PortalHomePage() {
  const actor = await requireClient("/portal");
  const home = await (await getServerApi()).portal.home();
  return (
    <PortalFrame userName={actor.name}>
      <h1 className="text-2xl font-bold">Hello, {actor.name.split(" ")[0]}</h1>
      <PortalSections home={home} />
    </PortalFrame>
  );
}
