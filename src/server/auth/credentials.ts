import { z } from "zod";

/**
 * What signing in takes, checked the same way by the sign-in form and by the server. Not
 * server-only: the form imports it.
 */

export const ZEmail = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address.")
  .max(254, "This email address is too long.")
  .pipe(z.email("Enter a valid email address, like name@example.com."));

export const ZSignInRequestSchema = z.object({
  email: ZEmail,
  password: z.string().min(1, "Enter your password.").max(200, "Use at most 200 characters."),
  /** Two-step sign-in: the authenticator app's code or a recovery code, asked for once needed. */
  code: z.string().trim().max(20, "Enter the code from your app, or a recovery code.").optional(),
});
export type TSignInRequest = z.infer<typeof ZSignInRequestSchema>;

/** The messages sign-in shows; one message for every credential failure (no user enumeration). */
export const SIGN_IN_ERRORS = {
  CredentialsSignin: "That email and password do not match an account. Check both and try again.",
  SecondStep: "Enter the 6-digit code from your authenticator app, or one of your recovery codes.",
  WrongCode:
    "That code did not work. Codes change every 30 seconds: enter the one showing now, or a recovery code.",
  RateLimited:
    "Too many sign-in attempts from this connection. Wait 15 minutes, or ask for a sign-in link by email.",
} as const;

export const isSignInError = (error: string): error is keyof typeof SIGN_IN_ERRORS =>
  Object.hasOwn(SIGN_IN_ERRORS, error);
