import "server-only";
import type { ReactElement } from "react";
import { issueInvitationLink } from "~/features/invitations/mutations";
import { formatDay } from "~/lib/format";
import type { TEmailMessage } from "~/server/email/message";
import { INVITATION_SUBJECT, InvitationEmail } from "./emails/invitation-email";

export type TComposedEmail = { subject: string; body: ReactElement };

/**
 * The email for an outbox message, read and linked at the moment it is sent. Null: no longer
 * needed (the invitation was answered or has expired meanwhile), so nothing is sent.
 */
export async function composeEmail(
  message: TEmailMessage,
  now: Date,
): Promise<TComposedEmail | null> {
  switch (message.kind) {
    case "invitation": {
      const link = await issueInvitationLink(message.invitationId, now);
      if (!link) return null;
      return {
        subject: INVITATION_SUBJECT,
        body: (
          <InvitationEmail
            clientName={link.clientName}
            therapistName={link.therapistName}
            acceptUrl={link.acceptUrl}
            validUntil={formatDay(link.expiresAt, link.therapistTimeZone)}
          />
        ),
      };
    }
  }
}
