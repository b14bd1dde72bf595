import { Card } from "~/components/ui/card";
import type { TMeResponse, TSessionEntry } from "../schema";
import { ChangePasswordForm } from "./change-password-form";
import { ProfileForm } from "./profile-form";
import { SessionsList } from "./sessions-list";

/** The first sections of either role's settings: the account, the password, the sessions. */
export function AccountSections({
  me,
  sessions,
  timeZone,
}: {
  me: TMeResponse;
  sessions: TSessionEntry[];
  timeZone: string;
}) {
  const isClient = me.role === "CLIENT";
  return (
    <>
      <section aria-labelledby="account-heading" className="flex flex-col gap-3">
        <h2 id="account-heading" className="text-xl font-bold">
          Your account
        </h2>
        <p className="text-slate-700">You sign in with {me.email}.</p>
        <Card>
          <ProfileForm profile={{ name: me.name, timeZone: me.timeZone }} isClient={isClient} />
        </Card>
      </section>
      <section aria-labelledby="password-heading" className="flex flex-col gap-3">
        <h2 id="password-heading" className="text-xl font-bold">
          Password
        </h2>
        {me.hasPassword ? null : (
          <p className="text-slate-700">
            You sign in with links we email you. You can also choose a password.
          </p>
        )}
        <Card>
          <ChangePasswordForm hasPassword={me.hasPassword} />
        </Card>
      </section>
      <section aria-labelledby="sessions-heading" className="flex flex-col gap-3">
        <h2 id="sessions-heading" className="text-xl font-bold">
          Where you are signed in
        </h2>
        <SessionsList sessions={sessions} timeZone={timeZone} />
      </section>
    </>
  );
}
