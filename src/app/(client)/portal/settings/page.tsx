import type { Metadata } from "next";
import Link from "next/link";
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
      <h2 className="text-xl font-bold">Your privacy</h2>
      <p>
        <Link href="/portal/seen-by" className="font-semibold text-brand-800 underline">
          Who has seen my answers
        </Link>
        : each time a therapist opened one of your pages or entries.
      </p>
    </PortalFrame>
  );
}
