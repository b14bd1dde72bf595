import { TextField } from "~/components/ui/field";

/** What the numbers of a distress rating mean, the same on every ladder form. */
export const DISTRESS_ANCHORS_TEXT =
  "0 = calm, 50 = uncomfortable but manageable, 100 = the most distress you can imagine.";

/**
 * A whole-number 0-100 rating (distress, likelihood), as every ladder form asks for it; a
 * distress rating says what its numbers mean.
 */
export function RatingField(props: { label: string; name: string; distress?: boolean }) {
  return (
    <TextField
      label={props.label}
      name={props.name}
      help={props.distress ? DISTRESS_ANCHORS_TEXT : undefined}
      type="number"
      inputMode="numeric"
      min={0}
      max={100}
      step={1}
    />
  );
}
