import type { Metadata } from "next";
import Link from "next/link";
import { TitledCard } from "~/components/ui/card";
import { EmailLinkRequestForm } from "~/features/account/components/email-link-request-form";
import { redirectSignedInToHome } from "~/server/auth/guard";

export const metadata: Metadata = { title: "Sign in by email" };

export default async function EmailLinkSignInPage() {
  await redirectSignedInToHome();
  return (
    <TitledCard title="Sign in by email">
      <p className="text-slate-800">
        No password needed: we email you a link, and the link signs you in.
      </p>
      <EmailLinkRequestForm kind="sign-in-link" />
      <Link href="/sign-in" className="text-sm font-semibold text-brand-800 underline">
        Sign in with a password instead
      </Link>
    </TitledCard>
  );
}
