"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { readServerError } from "~/lib/form-errors";
import { formatDay } from "~/lib/format";
import { useTRPC } from "~/trpc/react";
import { INVITATION_DAYS, type TCreateInvitationResponse, type TInvitationEntry } from "../schema";
import { InvitationLink } from "./invitation-link";

/**
 * Invitations not answered yet, pending or expired, each with a new link to send and a way to
 * withdraw it. `timeZone` is the therapist's: the server and the browser then format the same
 * day (the browser's own zone would differ from the server's and break hydration).
 * `children`: paging.
 */
export function PendingInvitations({
  invitations,
  timeZone,
  children,
}: {
  invitations: TInvitationEntry[];
  timeZone: string;
  children?: ReactNode;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const revoke = useMutation(trpc.invitations.revoke.mutationOptions());
  const refresh = useMutation(trpc.invitations.refresh.mutationOptions());
  const [message, setMessage] = useState<string | null>(null);
  const [renewed, setRenewed] = useState<TCreateInvitationResponse | null>(null);
  const busy = revoke.isPending || refresh.isPending;

  async function onRevoke(invitation: TInvitationEntry) {
    if (!window.confirm(`Withdraw the invitation to ${invitation.email}? Its link stops working.`))
      return;
    setMessage(null);
    try {
      await revoke.mutateAsync({ invitationId: invitation.id });
      router.refresh();
    } catch (error) {
      setMessage(readServerError(error).message);
    }
  }

  async function onNewLink(invitation: TInvitationEntry) {
    setMessage(null);
    try {
      setRenewed(await refresh.mutateAsync({ invitationId: invitation.id }));
      router.refresh();
    } catch (error) {
      setMessage(readServerError(error).message);
    }
  }

  return (
    <section aria-labelledby="pending-heading" className="flex flex-col gap-3">
      <h2 id="pending-heading" className="text-xl font-semibold">
        Pending invitations
      </h2>
      {message ? <Alert tone="error">{message}</Alert> : null}
      {invitations.length === 0 ? (
        <p className="text-slate-700">No invitations waiting to be accepted.</p>
      ) : (
        <ul aria-label="Pending invitations" className="flex flex-col gap-2">
          {invitations.map((invitation) => (
            <li
              key={invitation.id}
              className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white px-4 py-2"
            >
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span>
                  <span className="font-medium">{invitation.name}</span>{" "}
                  <span className="text-sm text-slate-700">
                    {invitation.email} ·{" "}
                    {invitation.status === "expired" ? (
                      <span className="font-medium text-amber-900">Expired — send a new link</span>
                    ) : (
                      `expires ${formatDay(invitation.expiresAt, timeZone)}`
                    )}
                  </span>
                </span>
                <span className="flex flex-wrap gap-2">
                  <Button
                    variant="secondary"
                    onClick={() => onNewLink(invitation)}
                    disabled={busy}
                    aria-label={`New link for ${invitation.email}`}
                  >
                    New link
                  </Button>
                  <Button
                    variant="ghost"
                    onClick={() => onRevoke(invitation)}
                    disabled={busy}
                    aria-label={`Revoke invitation to ${invitation.email}`}
                  >
                    Revoke
                  </Button>
                </span>
              </div>
              {renewed?.invitationId === invitation.id ? (
                <InvitationLink
                  key={renewed.acceptUrl}
                  url={renewed.acceptUrl}
                  label={`New accept link for ${invitation.email}`}
                >
                  New link for {invitation.email}: the earlier one no longer works. It works for{" "}
                  {INVITATION_DAYS} days.
                </InvitationLink>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {children}
    </section>
  );
}
