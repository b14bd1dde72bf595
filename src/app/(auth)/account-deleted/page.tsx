import type { Metadata } from "next";
import Link from "next/link";
import { TitledCard } from "~/components/ui/card";

export const metadata: Metadata = { title: "Account deleted" };

export default function AccountDeletedPage() {
  return (
    <TitledCard title="Your account is deleted">
      <p className="text-slate-800">
        Everything you wrote in Trust Steps is gone, and your therapists no longer have access.
        Thank you for the work you did here.
      </p>
      <Link href="/" className="font-semibold text-brand-800 underline">
        Go to the start page
      </Link>
    </TitledCard>
  );
}
