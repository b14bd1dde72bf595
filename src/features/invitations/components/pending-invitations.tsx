"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { readServerError } from "~/lib/form-errors";
import { useTRPC } from "~/trpc/react";
import type { TInvitationEntry } from "../schema";

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short" });

export function PendingInvitations({ invitations }: { invitations: TInvitationEntry[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const revoke = useMutation(trpc.invitations.revoke.mutationOptions());
  const [message, setMessage] = useState<string | null>(null);

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
              className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-slate-200 bg-white px-4 py-2"
            >
              <span>
                <span className="font-medium">{invitation.name}</span>{" "}
                <span className="text-sm text-slate-700">
                  {invitation.email} · expires {dateFormat.format(invitation.expiresAt)}
                </span>
              </span>
              <Button
                variant="ghost"
                onClick={() => onRevoke(invitation)}
                disabled={revoke.isPending}
                aria-label={`Revoke invitation to ${invitation.email}`}
              >
                Revoke
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
