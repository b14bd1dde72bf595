import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { TitledCard } from "~/components/ui/card";
import { LinkSignInButton } from "~/features/account/components/link-sign-in-button";
import { getOptionalActor } from "~/server/auth/guard";
import { lookUpLinkToken } from "~/server/auth/link-tokens";

export const metadata: Metadata = { title: "Your link" };

const signInHref = (targetPath?: string) =>
  targetPath ? `/sign-in?callbackUrl=${encodeURIComponent(targetPath)}` : "/sign-in";

/**
 * Where an emailed link lands. Opening it (GET) changes nothing: mail scanners that fetch links
 * neither use nor burn them. Someone already signed in as the link's owner goes straight on;
 * anyone else presses the button, which uses the link once. Every link that cannot be used gets
 * the same page, which says nothing about whether an account exists.
 */
export default async function EmailedLinkPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await lookUpLinkToken(token);
  const opensTask = link.state !== "unknown" && link.purpose === "REMINDER";
  const signsIn = link.state !== "unknown" && (opensTask || link.purpose === "SIGN_IN");

  if (link.state === "usable" && signsIn) {
    const actor = await getOptionalActor();
    if (actor?.userId === link.userId) redirect(link.targetPath);
    if (actor) {
      return (
        <TitledCard title="This link is for another account">
          <p className="text-slate-800">
            You are signed in as {actor.email}. To open this link, sign out first, then open it
            again from the email.
          </p>
        </TitledCard>
      );
    }
    return (
      <TitledCard title={opensTask ? "Open your task" : "Sign in to Trust Steps"}>
        <p className="text-slate-800">
          For your privacy this link only works when you press the button. It can be used once.
        </p>
        <LinkSignInButton
          token={token}
          targetPath={link.targetPath}
          label={opensTask ? "Open my task" : "Sign in"}
        />
      </TitledCard>
    );
  }

  // A reminder's link that is only too old still knows where it led: sign in and go there.
  const keepTarget = link.state === "expired" && opensTask ? link.targetPath : undefined;
  return (
    <TitledCard title="This link cannot be used">
      <p className="text-slate-800">
        It may be incomplete, already used, or too old: links in emails work for a limited time.
        Sign in to continue.
      </p>
      <Link href={signInHref(keepTarget)} className="font-semibold text-brand-800 underline">
        Go to sign in
      </Link>
    </TitledCard>
  );
}
