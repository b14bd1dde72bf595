import type { Metadata } from "next";
import { Card } from "~/components/ui/card";
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
    <Card className="flex flex-col gap-5">
      <h1 className="text-2xl font-bold">Sign in</h1>
      <SignInForm callbackUrl={callbackUrl} notice={notice} />
    </Card>
  );
}
