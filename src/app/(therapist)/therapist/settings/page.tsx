import type { Metadata } from "next";
import Link from "next/link";
import { TherapistFrame } from "~/components/layout/therapist-frame";
import { Card } from "~/components/ui/card";
import { DigestSettingsForm } from "~/features/account/components/digest-settings-form";
import { requireTherapist } from "~/server/auth/guard";
import { getServerApi } from "~/trpc/server";

export const metadata: Metadata = { title: "Email settings" };

export default async function TherapistSettingsPage() {
  const actor = await requireTherapist("/therapist/settings");
  const prefs = await (await getServerApi()).account.digestPrefs();
  return (
    <TherapistFrame actor={actor}>
      <h1 className="text-2xl font-bold">Email settings</h1>
      <Card>
        <DigestSettingsForm prefs={prefs} />
      </Card>
      <p>
        <Link href="/therapist/activity" className="font-semibold text-brand-800 underline">
          Your activity
        </Link>
        : what you opened and changed, as your clients see your visits.
      </p>
    </TherapistFrame>
  );
}
