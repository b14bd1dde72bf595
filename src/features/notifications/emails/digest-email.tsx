import { Text } from "@react-email/text";
import { plural } from "~/lib/format";
import { EmailLayout, paragraph } from "./email-layout";

export const DIGEST_SUBJECT = "Your daily summary from Trust Steps";

/** Counts and one link: no client's name, and nothing a client wrote. */
export function DigestEmail(props: {
  newFlags: number;
  waiting: number;
  caseloadUrl: string;
  settingsUrl: string;
}) {
  return (
    <EmailLayout
      preview={`${plural(props.newFlags, "new flag", "new flags")}, ${plural(props.waiting, "item", "items")} waiting`}
      title="Your daily summary"
      action={{ label: "Open your caseload", href: props.caseloadUrl }}
      footer={<>To stop this summary, turn it off in your email settings: {props.settingsUrl}</>}
    >
      <Text style={paragraph}>
        Since your last summary: {plural(props.newFlags, "new flag", "new flags")} raised.
      </Text>
      <Text style={paragraph}>
        Waiting for you now: {plural(props.waiting, "item", "items")} with neither feedback nor a
        &ldquo;reviewed&rdquo; mark.
      </Text>
    </EmailLayout>
  );
}
