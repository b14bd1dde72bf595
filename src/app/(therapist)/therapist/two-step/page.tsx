import type { Metadata } from "next";
import { TherapistFrame } from "~/components/layout/therapist-frame";
import { Card } from "~/components/ui/card";
import { TwoStepSection } from "~/features/account/components/two-step";
import { requireTherapist, TWO_STEP_PATH } from "~/server/auth/guard";
import { getServerApi } from "~/trpc/server";

export const metadata: Metadata = { title: "Two-step sign-in" };

export default async function TwoStepPage() {
  const actor = await requireTherapist(TWO_STEP_PATH);
  const status = await (await getServerApi()).account.twoStep();
  return (
    <TherapistFrame actor={actor}>
      <h1 className="text-2xl font-bold">Two-step sign-in</h1>
      <p className="text-slate-700">
        Your clients&rsquo; words are behind your sign-in. With two steps, a stolen password is not
        enough: signing in also needs the code your authenticator app shows, or a recovery code.
        Emailed sign-in links are not used for an account with two steps.
      </p>
      {status.required && !status.enabledAt ? (
        <p className="font-semibold">This service asks every therapist to set it up first.</p>
      ) : null}
      <Card>
        <TwoStepSection status={status} timeZone={actor.timeZone} />
      </Card>
    </TherapistFrame>
  );
}
