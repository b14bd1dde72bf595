import { Text } from "@react-email/text";
import { EmailLayout, paragraph } from "./email-layout";

export const NEW_FEEDBACK_SUBJECT = "New feedback in Trust Steps";

/** That the therapist wrote something: never what, or about which task. */
export function NewFeedbackEmail(props: { openUrl: string; settingsUrl: string }) {
  return (
    <EmailLayout
      preview="Your therapist left you a message"
      title="Your therapist left you feedback"
      action={{ label: "Read it in Trust Steps", href: props.openUrl }}
      footer={
        <>
          To stop these notes, or to choose which emails you get, open your email settings:{" "}
          {props.settingsUrl}
        </>
      }
    >
      <Text style={paragraph}>
        There is a new message from your therapist about something you shared. It is waiting for you
        in Trust Steps, where only you can read it.
      </Text>
    </EmailLayout>
  );
}
