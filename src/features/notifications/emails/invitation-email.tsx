import { Text } from "@react-email/text";
import { EmailLayout, paragraph } from "./email-layout";

export const INVITATION_SUBJECT = "You're invited to Trust Steps";

/** To a new client: their therapist's invitation, with the one link that lets them in. */
export function InvitationEmail(props: {
  clientName: string;
  therapistName: string;
  acceptUrl: string;
  /** When the link stops working, written out in the therapist's time zone. */
  validUntil: string;
}) {
  return (
    <EmailLayout
      preview="An invitation to Trust Steps"
      title={INVITATION_SUBJECT}
      action={{ label: "Accept the invitation", href: props.acceptUrl }}
      footer="If you were not expecting this, you can ignore it: nothing happens unless you accept. This email was sent because your therapist entered this address."
    >
      <Text style={paragraph}>Hello {props.clientName},</Text>
      <Text style={paragraph}>
        {props.therapistName} has invited you to Trust Steps, a private place to do the exercises
        you agree on between sessions and to see how they go.
      </Text>
      <Text style={paragraph}>
        The link works until {props.validUntil}. It is meant for you alone: whoever opens it can set
        up the account, so please do not forward this email.
      </Text>
    </EmailLayout>
  );
}
