import type { Metadata } from "next";
import Link from "next/link";
import { TitledCard } from "~/components/ui/card";
import { EmailLinkRequestForm } from "~/features/account/components/email-link-request-form";

export const metadata: Metadata = { title: "Forgot your password" };

export default function ForgotPasswordPage() {
  return (
    <TitledCard title="Forgot your password?">
      <p className="text-slate-800">
        Enter your email address and we will send you a link to choose a new one.
      </p>
      <EmailLinkRequestForm kind="password-reset" />
      <Link href="/sign-in" className="text-sm font-semibold text-brand-800 underline">
        Back to sign in
      </Link>
    </TitledCard>
  );
}
