import { Text } from "@react-email/text";
import { EmailLayout, paragraph } from "./email-layout";

export const PASSWORD_RESET_SUBJECT = "Reset your Trust Steps password";
export const SIGN_IN_LINK_SUBJECT = "Your Trust Steps sign-in link";

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
