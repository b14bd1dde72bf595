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
