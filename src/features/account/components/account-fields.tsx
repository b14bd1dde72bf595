import { TextField } from "~/components/ui/field";
import { PASSWORD_MIN_LENGTH } from "../constants";

/** Inputs of the account forms: sign in, sign up, accepting an invitation. */

export function NameField() {
  return <TextField label="Your name" name="name" autoComplete="name" required />;
}

export function EmailField({ label = "Email" }: { label?: string }) {
  return <TextField label={label} name="email" type="email" autoComplete="email" required />;
}

/** A password being chosen, with the rule it must meet (`optional`: and that it may be left out). */
export function NewPasswordField({
  label = "Password",
  optional = false,
}: {
  label?: string;
  optional?: boolean;
}) {
  const rule = `At least ${PASSWORD_MIN_LENGTH} characters. A short sentence is easy to remember and hard to guess.`;
  return (
    <TextField
      label={label}
      name="password"
      type="password"
      autoComplete="new-password"
      help={
        optional ? `${rule} Or leave it empty: you then sign in with a link we email you.` : rule
      }
      required={!optional}
    />
  );
}
