import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { TitledCard } from "~/components/ui/card";
import { AcceptNoticeButton } from "~/features/account/components/accept-notice-button";
import { NoticeView } from "~/features/account/components/notice-view";
import { SignOutButton } from "~/components/layout/sign-out-button";
import { noticeFor } from "~/lib/notices";
import { safeInternalPath } from "~/lib/safe-redirect";
import { homePathFor } from "~/server/auth/access";
import { getOptionalActor } from "~/server/auth/guard";

export const metadata: Metadata = { title: "Please read this first" };

/**
 * Shown at sign-in when the person's notice changed since they last agreed (or they never did):
 * they agree and go on, or sign out.
 */
export default async function ConsentPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string }>;
}) {
  const actor = await getOptionalActor();
  if (!actor) redirect("/sign-in");
  const next = safeInternalPath((await searchParams).callbackUrl, homePathFor(actor.role));
  if (!actor.needsConsent) redirect(next);
  const notice = noticeFor(actor.role);
  return (
    <TitledCard title="Please read this first">
      <p className="text-slate-800">
        {actor.role === "CLIENT"
          ? "How Trust Steps handles your information has changed, or you have not agreed to it yet."
          : "The terms for therapists have changed, or you have not agreed to them yet."}{" "}
        Please read it before you go on.
      </p>
      <NoticeView notice={notice} />
      <AcceptNoticeButton version={notice.version} next={next} />
      <p className="text-sm text-slate-700">If you do not agree, sign out.</p>
      <SignOutButton />
    </TitledCard>
  );
}
