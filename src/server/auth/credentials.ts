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
});
export type TSignInRequest = z.infer<typeof ZSignInRequestSchema>;

/** The messages sign-in shows; one message for every credential failure (no user enumeration). */
export const SIGN_IN_ERRORS = {
  CredentialsSignin: "That email and password do not match an account. Check both and try again.",
  RateLimited:
    "Too many sign-in attempts from this connection. Wait 15 minutes, or ask for a sign-in link by email.",
} as const;
