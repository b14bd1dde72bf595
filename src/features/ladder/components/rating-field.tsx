import { TextField } from "~/components/ui/field";

/** A whole-number 0-100 rating (distress, likelihood), as every ladder form asks for it. */
export function RatingField(props: { label: string; name: string }) {
  return (
    <TextField
      label={props.label}
      name={props.name}
      type="number"
      inputMode="numeric"
      min={0}
      max={100}
      step={1}
    />
  );
}
