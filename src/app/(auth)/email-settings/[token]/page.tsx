import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { TitledCard } from "~/components/ui/card";
import { EmailSettingsForm } from "~/features/account/components/email-settings-form";
import { ZEmailSettingsTokenSchema } from "~/features/account/schema";
import { getServerApi } from "~/trpc/server";

export const metadata: Metadata = { title: "Email settings" };

/**
 * The settings link in every reminder: works without signing in (the link is the key, for email
 * settings only) until it expires. An unusable link gets one page whatever the reason.
 */
export default async function EmailSettingsByLinkPage({
  params,
}: {
  params: Promise<{ token: string }>;
}) {
  const { token } = await params;
  const api = await getServerApi();
  const prefs = ZEmailSettingsTokenSchema.safeParse({ token }).success
    ? await api.account.emailSettingsByToken({ token }).catch((error: unknown) => {
        if (error instanceof TRPCError && error.code === "NOT_FOUND") return null;
        throw error;
      })
    : null;
  return (
    <TitledCard title="Email settings">
      {prefs ? (
        <EmailSettingsForm prefs={prefs} token={token} />
      ) : (
        <>
          <p className="text-slate-800">
            This link cannot be used any more: it may be incomplete or too old. Sign in and open
            Email settings from the menu.
          </p>
          <Link
            href="/sign-in?callbackUrl=%2Fportal%2Fsettings"
            className="font-semibold text-brand-800 underline"
          >
            Go to sign in
          </Link>
        </>
      )}
    </TitledCard>
  );
}
