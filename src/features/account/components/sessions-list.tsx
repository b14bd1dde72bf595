"use client";

import { useMutation } from "~/trpc/use-mutation";
import { ConfirmButton } from "~/components/ui/confirm-button";
import { formatDateTime } from "~/lib/format";
import { describeDevice } from "../policy";
import type { TSessionEntry } from "../schema";

/** Where the person is signed in, and a way to end every session but this one. */
export function SessionsList({
  sessions,
  timeZone,
}: {
  sessions: TSessionEntry[];
  timeZone: string;
}) {
  const signOut = useMutation((api) => api.account.signOutElsewhere);
  const others = sessions.filter((s) => !s.current).length;
  return (
    <div className="flex flex-col gap-3">
      <ul aria-label="Where you are signed in" className="flex flex-col gap-2">
        {sessions.map((s) => (
          <li key={s.id} className="rounded-lg border border-slate-200 bg-white p-3">
            <p className="font-semibold">
              {describeDevice(s.userAgent)}
              {s.current ? " · this browser" : ""}
            </p>
            <p className="text-sm text-slate-700">
              Signed in {formatDateTime(s.createdAt, timeZone)} · last active{" "}
              {formatDateTime(s.lastSeenAt, timeZone)}
            </p>
          </li>
        ))}
      </ul>
      {others > 0 ? (
        <ConfirmButton
          label="Sign out everywhere else"
          confirmLabel="Yes, sign out the others"
          question={
            <p>
              End the other {others === 1 ? "session" : `${others} sessions`}? This browser stays
              signed in.
            </p>
          }
          onConfirm={() => signOut.mutateAsync()}
        />
      ) : null}
    </div>
  );
}
