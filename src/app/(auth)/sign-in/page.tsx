import type { Metadata } from "next";
import { TitledCard } from "~/components/ui/card";
import { SignInForm } from "~/features/account/components/sign-in-form";
import { safeInternalPath } from "~/lib/safe-redirect";
import { redirectSignedInToHome } from "~/server/auth/guard";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; error?: string }>;
}) {
  await redirectSignedInToHome();
  const params = await searchParams;
  const callbackUrl = safeInternalPath(params.callbackUrl, "/home");
  const notice = params.callbackUrl ? "Please sign in to continue." : undefined;
  return (
    <TitledCard title="Sign in">
      <SignInForm callbackUrl={callbackUrl} notice={notice} />
    </TitledCard>
  );
}
