import type { Metadata } from "next";
import Link from "next/link";
import { TitledCard } from "~/components/ui/card";
import { ResetPasswordForm } from "~/features/account/components/reset-password-form";
import { lookUpLinkToken } from "~/server/auth/link-tokens";

export const metadata: Metadata = { title: "Choose a new password" };

/** From a reset email. Opening it changes nothing; saving a password uses the link. */
export default async function ResetPasswordPage({
  params,
}: {
  params: Promise<{ token: string }>;
}) {
  const { token } = await params;
  const link = await lookUpLinkToken(token);
  const usable = link.state === "usable" && link.purpose === "PASSWORD_RESET";
  return (
    <TitledCard title={usable ? "Choose a new password" : "This link cannot be used"}>
      {usable ? (
        <ResetPasswordForm token={token} />
      ) : (
        <>
          <p className="text-slate-800">
            It may be incomplete, already used, or more than 30 minutes old. Ask for a new one.
          </p>
          <Link href="/forgot-password" className="font-semibold text-brand-800 underline">
            Ask for a new reset link
          </Link>
        </>
      )}
    </TitledCard>
  );
}
