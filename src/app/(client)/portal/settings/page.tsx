import type { Metadata } from "next";
import { PortalFrame } from "~/components/layout/portal-frame";
import { EmailSettingsForm } from "~/features/account/components/email-settings-form";
import { requireClient } from "~/server/auth/guard";
import { getServerApi } from "~/trpc/server";

export const metadata: Metadata = { title: "Email settings" };

export default async function EmailSettingsPage() {
  const actor = await requireClient("/portal/settings");
  const prefs = await (await getServerApi()).account.notificationPrefs();
  return (
    <PortalFrame userName={actor.name}>
      <h1 className="text-2xl font-bold">Email settings</h1>
      <p className="text-slate-700">
        Emails never contain your answers or your therapist&rsquo;s notes. Times are in your time
        zone, {actor.timeZone}.
      </p>
      <EmailSettingsForm prefs={prefs} />
    </PortalFrame>
  );
}
