// No zod here: the sign-in form shows these, and its page loads what it imports.

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
