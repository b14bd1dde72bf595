import { Text } from "@react-email/text";
import { EmailLayout, paragraph } from "./email-layout";

/**
 * A reminder: that something is waiting, when it is due, one button. The task's name only when
 * the client asked for it; never answers or notes (mail is read on lock screens).
 */
export function ReminderEmail(props: {
  overdue: boolean;
  /** The due time written out in the client's zone. */
  due: string;
  taskName: string | null;
  openUrl: string;
  settingsUrl: string;
}) {
  const what = props.taskName ? `“${props.taskName}”` : "A task";
  return (
    <EmailLayout
      preview={props.overdue ? "A task is still open" : "A task is coming up"}
      title={props.overdue ? "A task is still waiting for you" : "Something is waiting for you"}
      action={{ label: "Open it", href: props.openUrl }}
      footer={
        <>
          Your therapist set this reminder in Trust Steps. To choose which emails you get, or to
          turn reminders off, open your email settings: {props.settingsUrl}
        </>
      }
    >
      <Text style={paragraph}>
        {props.overdue
          ? `${what} in Trust Steps was due ${props.due}. It is still open: doing it now is fine, and so is talking it over with your therapist first.`
          : `${what} in Trust Steps is due ${props.due}.`}
      </Text>
      <Text style={paragraph}>
        The button opens it directly and works for three days. Then, sign in as usual.
      </Text>
    </EmailLayout>
  );
}
