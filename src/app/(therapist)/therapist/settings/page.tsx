import type { Metadata } from "next";
import Link from "next/link";
import { TherapistFrame } from "~/components/layout/therapist-frame";
import { Card } from "~/components/ui/card";
import { ChangePasswordForm } from "~/features/account/components/change-password-form";
import { DigestSettingsForm } from "~/features/account/components/digest-settings-form";
import { ProfileForm } from "~/features/account/components/profile-form";
import { SessionsList } from "~/features/account/components/sessions-list";
import { requireTherapist } from "~/server/auth/guard";
import { getServerApi } from "~/trpc/server";

export const metadata: Metadata = { title: "Settings" };

export default async function TherapistSettingsPage() {
  const actor = await requireTherapist("/therapist/settings");
  const api = await getServerApi();
  const [me, sessions, prefs] = await Promise.all([
    api.account.me(),
    api.account.sessions(),
    api.account.digestPrefs(),
  ]);
  return (
    <TherapistFrame actor={actor}>
      <h1 className="text-2xl font-bold">Settings</h1>
      <section aria-labelledby="account-heading" className="flex flex-col gap-3">
        <h2 id="account-heading" className="text-xl font-bold">
          Your account
        </h2>
        <p className="text-slate-700">You sign in with {me.email}.</p>
        <Card>
          <ProfileForm profile={{ name: me.name, timeZone: me.timeZone }} isClient={false} />
        </Card>
      </section>
      <section aria-labelledby="password-heading" className="flex flex-col gap-3">
        <h2 id="password-heading" className="text-xl font-bold">
          Password
        </h2>
        <Card>
          <ChangePasswordForm hasPassword={me.hasPassword} />
        </Card>
      </section>
      <section aria-labelledby="sessions-heading" className="flex flex-col gap-3">
        <h2 id="sessions-heading" className="text-xl font-bold">
          Where you are signed in
        </h2>
        <SessionsList sessions={sessions} timeZone={actor.timeZone} />
      </section>
      <section aria-labelledby="email-heading" className="flex flex-col gap-3">
        <h2 id="email-heading" className="text-xl font-bold">
          Email settings
        </h2>
        <Card>
          <DigestSettingsForm prefs={prefs} />
        </Card>
      </section>
      <p>
        <Link href="/therapist/activity" className="font-semibold text-brand-800 underline">
          Your activity
        </Link>
        : what you opened and changed, as your clients see your visits.
      </p>
    </TherapistFrame>
  );
}
