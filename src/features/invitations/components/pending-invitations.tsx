"use client";

import { useMutation } from "~/trpc/use-mutation";
import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { readServerError } from "~/lib/form-errors";
import { formatDateTime, formatDay } from "~/lib/format";
import type { TInvitationEntry } from "../schema";

/**
 * Invitations not answered yet, pending or expired: where each email is, a way to send it again
 * (a new email with a new link and a new week) and a way to withdraw it. `timeZone` is the
 * therapist's: the server and the browser then format the same day (the browser's own zone would
 * differ from the server's and break hydration). `children`: paging.
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
  const router = useRouter();
  const revoke = useMutation((api) => api.invitations.revoke);
  const resend = useMutation((api) => api.invitations.resend);
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const busy = revoke.isPending || resend.isPending;

  async function onRevoke(invitation: TInvitationEntry) {
    if (!window.confirm(`Withdraw the invitation to ${invitation.email}? Its link stops working.`))
      return;
    setMessage(null);
    try {
      await revoke.mutateAsync({ invitationId: invitation.id });
      router.refresh();
    } catch (error) {
      setMessage({ tone: "error", text: readServerError(error).message });
    }
  }

  async function onResend(invitation: TInvitationEntry) {
    setMessage(null);
    try {
      await resend.mutateAsync({ invitationId: invitation.id });
      setMessage({
        tone: "success",
        text: `A new invitation is on its way to ${invitation.email}; the earlier link stops working.`,
      });
      router.refresh();
    } catch (error) {
      setMessage({ tone: "error", text: readServerError(error).message });
    }
  }

  return (
    <section aria-labelledby="pending-heading" className="flex flex-col gap-3">
      <h2 id="pending-heading" className="text-xl font-semibold">
        Pending invitations
      </h2>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      {invitations.length === 0 ? (
        <p className="text-slate-700">No invitations waiting to be accepted.</p>
      ) : (
        <ul aria-label="Pending invitations" className="flex flex-col gap-2">
          {invitations.map((invitation) => (
            <li
              key={invitation.id}
              aria-label={invitation.email}
              className="flex flex-col gap-1 rounded-lg border border-slate-200 bg-white px-4 py-2"
            >
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span>
                  <span className="font-medium">{invitation.name}</span>{" "}
                  <span className="text-sm text-slate-700">
                    {invitation.email} ·{" "}
                    {invitation.status === "expired" ? (
                      <span className="font-medium text-amber-900">Expired: send it again</span>
                    ) : (
                      `link works until ${formatDay(invitation.expiresAt, timeZone)}`
                    )}
                  </span>
                </span>
                <span className="flex flex-wrap gap-2">
                  <Button
                    variant="secondary"
                    onClick={() => onResend(invitation)}
                    disabled={busy}
                    aria-label={`Send the invitation to ${invitation.email} again`}
                  >
                    Send again
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
              <DeliveryLine delivery={invitation.delivery} timeZone={timeZone} />
            </li>
          ))}
        </ul>
      )}
      {children}
    </section>
  );
}

/** Where the latest invitation email is, in words; a failure says what the mail server said. */
function DeliveryLine({
  delivery,
  timeZone,
}: {
  delivery: TInvitationEntry["delivery"];
  timeZone: string;
}) {
  if (!delivery) return null;
  switch (delivery.state) {
    case "queued":
      return (
        <p className="text-sm text-slate-700">
          {delivery.error
            ? `Email not sent yet, trying again: ${delivery.error}`
            : "Email waiting to be sent…"}
        </p>
      );
    case "sent":
      return (
        <p className="text-sm text-slate-700">Email sent {formatDateTime(delivery.at, timeZone)}</p>
      );
    case "failed":
      return (
        <p className="text-sm font-medium text-red-800">
          Email not delivered: {delivery.error ?? "the mail server refused it"}. Check the address,
          then send it again or revoke it.
        </p>
      );
  }
}
