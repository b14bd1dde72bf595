import { TextField } from "~/components/ui/field";
import { PASSWORD_MIN_LENGTH } from "../schema";

/** Inputs of the account forms: sign in, sign up, accepting an invitation. */

export function NameField() {
  return <TextField label="Your name" name="name" autoComplete="name" required />;
}

export function EmailField({ label = "Email" }: { label?: string }) {
  return <TextField label={label} name="email" type="email" autoComplete="email" required />;
}

/** A password being chosen, with the rule it must meet. */
export function NewPasswordField({ label = "Password" }: { label?: string }) {
  return (
    <TextField
      label={label}
      name="password"
      type="password"
      autoComplete="new-password"
      help={`At least ${PASSWORD_MIN_LENGTH} characters. A short sentence is easy to remember and hard to guess.`}
      required
    />
  );
}
