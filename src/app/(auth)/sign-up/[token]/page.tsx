import type { Metadata } from "next";
import Link from "next/link";
import { TitledCard } from "~/components/ui/card";
import { FinishSignUpForm } from "~/features/account/components/finish-sign-up-form";
import { lookUpLinkToken } from "~/server/auth/link-tokens";

export const metadata: Metadata = { title: "Choose your password" };

/** From a sign-up email. Opening it changes nothing; choosing the password uses the link. */
export default async function FinishSignUpPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await lookUpLinkToken(token);
  const usable = link.state === "usable" && link.purpose === "CONFIRM_EMAIL";
  return (
    <TitledCard title={usable ? "Choose your password" : "This link cannot be used"}>
      {usable ? (
        <>
          <p className="text-slate-800">
            Your email address is confirmed once you save a password. You then go straight to your
            caseload.
          </p>
          <FinishSignUpForm token={token} />
        </>
      ) : (
        <>
          <p className="text-slate-800">
            It may be incomplete, already used, or more than a day old. Sign up again to get a new
            one; if you finished signing up already, sign in.
          </p>
          <Link href="/sign-in" className="font-semibold text-brand-800 underline">
            Go to sign in
          </Link>
        </>
      )}
    </TitledCard>
  );
}
