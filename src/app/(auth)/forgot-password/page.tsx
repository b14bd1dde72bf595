import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "~/components/ui/card";
import { EmailLinkRequestForm } from "~/features/account/components/email-link-request-form";

export const metadata: Metadata = { title: "Forgot your password" };

export default function ForgotPasswordPage() {
  return (
    <Card className="flex flex-col gap-5">
      <h1 className="text-2xl font-bold">Forgot your password?</h1>
      <p className="text-slate-800">
        Enter your email address and we will send you a link to choose a new one.
      </p>
      <EmailLinkRequestForm kind="password-reset" />
      <Link href="/sign-in" className="text-sm font-semibold text-brand-800 underline">
        Back to sign in
      </Link>
    </Card>
  );
}
