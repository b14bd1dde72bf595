import "server-only";
import type { ReactElement } from "react";
import { issueInvitationLink } from "~/features/invitations/mutations";
import { formatDateTime, formatDay } from "~/lib/format";
import { appUrl } from "~/server/app-url";
import type { TEmailMessage } from "~/server/email/message";
import { INVITATION_SUBJECT, InvitationEmail } from "./emails/invitation-email";
import {
  CONFIRM_EMAIL_SUBJECT,
  ConfirmEmailEmail,
  PASSWORD_RESET_SUBJECT,
  PasswordResetEmail,
  SIGN_IN_ALERT_SUBJECT,
  SIGN_IN_LINK_SUBJECT,
  SignInAlertEmail,
  SignInLinkEmail,
  SIGN_UP_EXISTING_SUBJECT,
  SignUpExistingEmail,
} from "./emails/account-link-email";
import { DIGEST_SUBJECT, DigestEmail } from "./emails/digest-email";
import { NEW_FEEDBACK_SUBJECT, NewFeedbackEmail } from "./emails/new-feedback-email";
import { prepareDigestEmail } from "./mutations/digests";
import { confirmEmailUrl, passwordResetUrl, signInUrl } from "./mutations/account-links";
import { ReminderEmail } from "./emails/reminder-email";
import { prepareNewFeedbackEmail, prepareReminderEmail } from "./mutations/reminders";

export type TComposedEmail = {
  subject: string;
  body: ReactElement;
  headers?: Record<string, string>;
};

/**
 * The email for an outbox message, read and linked at the moment it is sent. Null: no longer
 * needed (the invitation was answered, the task done...), so nothing is sent.
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
    case "reminder": {
      const reminder = await prepareReminderEmail(message.reminderId, now);
      if (!reminder) return null;
      const overdue = reminder.kind === "OVERDUE";
      return {
        subject: reminder.taskName
          ? `Reminder: ${reminder.taskName}`
          : overdue
            ? "A task in Trust Steps is still open"
            : "A reminder from Trust Steps",
        body: (
          <ReminderEmail
            overdue={overdue}
            due={formatDateTime(reminder.dueAt, reminder.timeZone)}
            taskName={reminder.taskName}
            openUrl={reminder.openUrl}
            settingsUrl={reminder.settingsUrl}
          />
        ),
        headers: unsubscribeHeaders(reminder.unsubscribeUrl),
      };
    }
    case "new-feedback": {
      const note = await prepareNewFeedbackEmail(message.feedbackId, now);
      if (!note) return null;
      return {
        subject: NEW_FEEDBACK_SUBJECT,
        body: <NewFeedbackEmail openUrl={note.openUrl} settingsUrl={note.settingsUrl} />,
        headers: unsubscribeHeaders(note.unsubscribeUrl),
      };
    }
    case "digest": {
      const digest = await prepareDigestEmail(message.therapistId, new Date(message.since));
      if (!digest) return null;
      return { subject: DIGEST_SUBJECT, body: <DigestEmail {...digest} /> };
    }
    case "password-reset": {
      const resetUrl = await passwordResetUrl(message.userId, now);
      if (!resetUrl) return null;
      return { subject: PASSWORD_RESET_SUBJECT, body: <PasswordResetEmail resetUrl={resetUrl} /> };
    }
    case "sign-in-link": {
      const url = await signInUrl(message.userId, now);
      if (!url) return null;
      return { subject: SIGN_IN_LINK_SUBJECT, body: <SignInLinkEmail signInUrl={url} /> };
    }
    case "confirm-email": {
      const url = await confirmEmailUrl(message.userId, now);
      if (!url) return null;
      return { subject: CONFIRM_EMAIL_SUBJECT, body: <ConfirmEmailEmail confirmUrl={url} /> };
    }
    case "sign-up-existing":
      return {
        subject: SIGN_UP_EXISTING_SUBJECT,
        body: <SignUpExistingEmail signInUrl={appUrl("/sign-in")} />,
      };
    case "sign-in-alert": {
      const url = await signInUrl(message.userId, now);
      if (!url) return null;
      return { subject: SIGN_IN_ALERT_SUBJECT, body: <SignInAlertEmail signInUrl={url} /> };
    }
  }
}

/** One-click unsubscribe (RFC 8058): mail apps show an "Unsubscribe" button that POSTs. */
const unsubscribeHeaders = (url: string) => ({
  "List-Unsubscribe": `<${url}>`,
  "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
});
