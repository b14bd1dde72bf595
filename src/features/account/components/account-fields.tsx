import { TextField } from "~/components/ui/field";
import { PASSWORD_MIN_LENGTH } from "../schema";

/** Inputs of the account forms: sign in, sign up, accepting an invitation. */

export function NameField({ defaultValue, errors }: { defaultValue?: string; errors?: string[] }) {
  return (
    <TextField
      label="Your name"
      name="name"
      defaultValue={defaultValue}
      autoComplete="name"
      required
      errors={errors}
    />
  );
}

export function EmailField({ label = "Email", errors }: { label?: string; errors?: string[] }) {
  return (
    <TextField
      label={label}
      name="email"
      type="email"
      autoComplete="email"
      required
      errors={errors}
    />
  );
}

/** A password being chosen, with the rule it must meet. */
export function NewPasswordField({
  label = "Password",
  errors,
}: {
  label?: string;
  errors?: string[];
}) {
  return (
    <TextField
      label={label}
      name="password"
      type="password"
      autoComplete="new-password"
      help={`At least ${PASSWORD_MIN_LENGTH} characters. A short sentence is easy to remember and hard to guess.`}
      required
      errors={errors}
    />
  );
}
