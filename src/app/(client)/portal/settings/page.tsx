import type { Metadata } from "next";
import Link from "next/link";
import { PortalFrame } from "~/components/layout/portal-frame";
import { DeleteAccountForm } from "~/features/account/components/delete-account-form";
import { EmailSettingsForm } from "~/features/account/components/email-settings-form";
import { EndAccessButton } from "~/features/clients/components/care-link-actions";
import { formatDay } from "~/lib/format";
import { AccountSections } from "~/features/account/components/account-sections";
import { requireClient } from "~/server/auth/guard";
import { getServerApi } from "~/trpc/server";

export const metadata: Metadata = { title: "Settings" };

export default async function ClientSettingsPage() {
  const actor = await requireClient("/portal/settings");
  const api = await getServerApi();
  const [me, sessions, prefs, therapists] = await Promise.all([
    api.account.me(),
    api.account.sessions(),
    api.account.notificationPrefs(),
    api.clients.myTherapists(),
  ]);
  return (
    <PortalFrame actor={actor}>
      <h1 className="text-2xl font-bold">Settings</h1>
      <AccountSections me={me} sessions={sessions} timeZone={actor.timeZone} />
      <section aria-labelledby="email-heading" className="flex flex-col gap-3">
        <h2 id="email-heading" className="text-xl font-bold">
          Email settings
        </h2>
        <p className="text-slate-700">
          Emails never contain your answers or your therapist&rsquo;s notes. Times are in your time
          zone, {actor.timeZone}.
        </p>
        <EmailSettingsForm prefs={prefs} />
      </section>
      <h2 className="text-xl font-bold">Your privacy</h2>
      <section aria-labelledby="therapists-heading" className="flex flex-col gap-3">
        <h3 id="therapists-heading" className="text-lg font-semibold">
          Your therapists
        </h3>
        <ul className="flex flex-col gap-3">
          {therapists.map((t) => (
            <li
              key={t.therapistId}
              className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-3"
            >
              <p>
                <span className="font-semibold">{t.name}</span>
                {" · "}
                {t.status === "ACTIVE"
                  ? "sees what you share"
                  : t.status === "ARCHIVED"
                    ? "closed your case; can still read what you shared before"
                    : `you ended their access${t.since ? ` on ${formatDay(t.since, actor.timeZone)}` : ""}`}
              </p>
              {t.status !== "ENDED" ? (
                <EndAccessButton therapistId={t.therapistId} name={t.name} />
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      <p>
        <Link href="/portal/seen-by" className="font-semibold text-brand-800 underline">
          Who has seen my answers
        </Link>
        : each time a therapist opened one of your pages or entries.
      </p>
      <section aria-labelledby="records-heading" className="flex flex-col gap-3">
        <h3 id="records-heading" className="text-lg font-semibold">
          Your records
        </h3>
        <p>
          <Link href="/portal/export" className="font-semibold text-brand-800 underline">
            Everything you wrote
          </Link>
          : on one page to print or save, or as a file to download.
        </p>
      </section>
      <section aria-labelledby="delete-heading" className="flex flex-col gap-3">
        <h3 id="delete-heading" className="text-lg font-semibold">
          Delete your account
        </h3>
        <p className="text-slate-700">
          This removes your answers, drafts, practice records, notes and replies, your safety plan,
          and the feedback written on them, for good, and ends your therapists&rsquo; access. It
          cannot be undone, so download your records first if you may want them. The list of who
          opened your pages keeps its lines, which hold no words of yours.
        </p>
        <DeleteAccountForm email={actor.email} />
      </section>
    </PortalFrame>
  );
}
