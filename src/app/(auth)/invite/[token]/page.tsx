import type { Metadata } from "next";
import Link from "next/link";
import { TitledCard } from "~/components/ui/card";
import { AcceptInvitationForm } from "~/features/invitations/components/accept-invitation-form";
import { AcceptSignedInButton } from "~/features/invitations/components/accept-signed-in-button";
import { ZInvitationTokenSchema, type TInvitationView } from "~/features/invitations/schema";
import { getOptionalActor } from "~/server/auth/guard";
import { getServerApi } from "~/trpc/server";

export const metadata: Metadata = { title: "Invitation" };

const UNUSABLE: Record<Exclude<TInvitationView["status"], "pending">, string> = {
  "not-found": "This invitation link is not valid. Check that you copied all of it.",
  accepted: "This invitation has already been accepted. Sign in to continue.",
  expired: "This invitation has expired. Ask your therapist for a new link.",
  revoked: "This invitation was withdrawn. Ask your therapist if you expected one.",
};

/** Public on purpose: the token is the permission. Showing it never uses it (accepting is a POST). */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const view: TInvitationView = ZInvitationTokenSchema.safeParse(token).success
    ? await (await getServerApi()).invitations.getByToken({ token })
    : { status: "not-found" };

  if (view.status !== "pending") {
    return (
      <TitledCard title="This invitation cannot be used">
        <p className="text-slate-800">{UNUSABLE[view.status]}</p>
        <Link href="/sign-in" className="font-semibold text-brand-800 underline">
          Go to sign in
        </Link>
      </TitledCard>
    );
  }

  const title = `${view.therapistName} invited you to Trust Steps`;
  const actor = await getOptionalActor();
  if (actor) {
    const sameClient = actor.role === "CLIENT" && actor.email === view.email;
    return (
      <TitledCard title={title}>
        {sameClient ? (
          <>
            <p className="text-slate-800">
              Accept to let {view.therapistName} give you homework and see what you share.
            </p>
            <AcceptSignedInButton token={token} />
          </>
        ) : (
          <p className="text-slate-800">
            This invitation is for {view.email}, but you are signed in as {actor.email}. Sign out,
            then open the link again.
          </p>
        )}
      </TitledCard>
    );
  }
  return (
    <TitledCard title={title}>
      <p className="text-slate-800">
        Set up your account for {view.email}. Your homework and reflections stay between you and
        your therapist.
      </p>
      <AcceptInvitationForm token={token} name={view.name} />
      <p className="text-sm text-slate-700">
        Already have a Trust Steps account with {view.email}?{" "}
        <Link
          href={`/sign-in?callbackUrl=${encodeURIComponent(`/invite/${token}`)}`}
          className="font-semibold text-brand-800 underline"
        >
          Sign in to accept
        </Link>
      </p>
    </TitledCard>
  );
}
