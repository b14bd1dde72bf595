import type { Metadata } from "next";
import Link from "next/link";
import { TherapistFrame } from "~/components/layout/therapist-frame";
import { Card } from "~/components/ui/card";
import { DigestSettingsForm } from "~/features/account/components/digest-settings-form";
import { AccountSections } from "~/features/account/components/account-sections";
import { requireTherapist } from "~/server/auth/guard";
import { getServerApi } from "~/trpc/server";

export const metadata: Metadata = { title: "Settings" };

export default async function TherapistSettingsPage() {
  const actor = await requireTherapist("/therapist/settings");
  const api = await getServerApi();
  const [me, sessions, prefs, twoStep] = await Promise.all([
    api.account.me(),
    api.account.sessions(),
    api.account.digestPrefs(),
    api.account.twoStep(),
  ]);
  return (
    <TherapistFrame actor={actor}>
      <h1 className="text-2xl font-bold">Settings</h1>
      <AccountSections me={me} sessions={sessions} timeZone={actor.timeZone} />
      <section aria-labelledby="two-step-heading" className="flex flex-col gap-3">
        <h2 id="two-step-heading" className="text-xl font-bold">
          Two-step sign-in
        </h2>
        <p>
          {twoStep.enabledAt
            ? "On: signing in also needs your authenticator app's code. "
            : "Off. "}
          <Link href="/therapist/two-step" className="font-semibold text-brand-800 underline">
            {twoStep.enabledAt ? "Manage two-step sign-in" : "Set up two-step sign-in"}
          </Link>
        </p>
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
