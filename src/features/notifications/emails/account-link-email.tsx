import { Text } from "@react-email/text";
import { EmailLayout, paragraph } from "./email-layout";

export const PASSWORD_RESET_SUBJECT = "Reset your Trust Steps password";
export const SIGN_IN_LINK_SUBJECT = "Your Trust Steps sign-in link";
export const CONFIRM_EMAIL_SUBJECT = "Confirm your email to finish creating your account";
export const SIGN_UP_EXISTING_SUBJECT = "You already have a Trust Steps account";
export const SIGN_IN_ALERT_SUBJECT = "Many wrong passwords for your Trust Steps account";

/** Someone (we hope the owner) asked to reset the password of this address's account. */
export function PasswordResetEmail({ resetUrl }: { resetUrl: string }) {
  return (
    <EmailLayout
      preview="A link to choose a new password"
      title="Choose a new password"
      action={{ label: "Choose a new password", href: resetUrl }}
      footer="If you did not ask for this, ignore this email: your password stays as it is."
    >
      <Text style={paragraph}>
        Someone asked to reset the password for Trust Steps with this email address. The link works
        once, for 30 minutes. Choosing a new password signs you out everywhere.
      </Text>
    </EmailLayout>
  );
}

/** A sign-in link the owner asked for: no password needed. */
export function SignInLinkEmail({ signInUrl }: { signInUrl: string }) {
  return (
    <EmailLayout
      preview="Your link to sign in"
      title="Sign in to Trust Steps"
      action={{ label: "Sign in", href: signInUrl }}
      footer="If you did not ask for this, ignore this email: nobody can sign in without the link."
    >
      <Text style={paragraph}>
        Here is the sign-in link you asked for. It works once, for 15 minutes.
      </Text>
    </EmailLayout>
  );
}

/**
 * Many wrong passwords were tried for this account. Nothing is locked: this says so, and gives the
 * owner a way in that needs no password, whatever the guesser keeps doing.
 */
export function SignInAlertEmail({ signInUrl }: { signInUrl: string }) {
  return (
    <EmailLayout
      preview="Your account is not locked; here is a link to sign in"
      title="Someone tried to sign in to your account"
      action={{ label: "Sign in", href: signInUrl }}
      footer="If this was not you, your password has held. Choosing a longer one after you sign in makes guessing harder still."
    >
      <Text style={paragraph}>
        Today, a wrong password was entered many times for Trust Steps with this email address. Your
        account is not locked. If it was you, this link signs you in without your password. It works
        once, for 15 minutes.
      </Text>
    </EmailLayout>
  );
}

/** A therapist's sign-up: the link leads to choosing a password, which confirms the address. */
export function ConfirmEmailEmail({ confirmUrl }: { confirmUrl: string }) {
  return (
    <EmailLayout
      preview="One step left: confirm your email"
      title="Confirm your email"
      action={{ label: "Choose your password", href: confirmUrl }}
      footer="If you did not sign up for Trust Steps, ignore this email: without the link the account cannot be used."
    >
      <Text style={paragraph}>
        Someone, we hope you, started creating a therapist account for Trust Steps with this email
        address. To finish, choose your password with this link. It works once, for 24 hours.
      </Text>
    </EmailLayout>
  );
}

/**
 * A sign-up with an address that already has an account. The sign-up page answered as it always
 * does; only this mailbox learns that the account exists.
 */
export function SignUpExistingEmail({ signInUrl }: { signInUrl: string }) {
  return (
    <EmailLayout
      preview="You already have an account"
      title="You already have an account"
      action={{ label: "Sign in", href: signInUrl }}
      footer="If you did not try to sign up, ignore this email: nothing has changed."
    >
      <Text style={paragraph}>
        Someone, we hope you, tried to create a Trust Steps account with this email address. There
        is already an account with it, so nothing new was created. Sign in; if you have forgotten
        your password, &ldquo;Forgot your password?&rdquo; on the sign-in page sends you a link to
        choose a new one.
      </Text>
    </EmailLayout>
  );
}
