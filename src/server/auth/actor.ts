import "server-only";
import type { TRole } from "./access";

/** Who is acting, resolved from a live server-side session; roles always come from the database. */
export type TActor = {
  userId: string;
  sessionId: string;
  role: TRole;
  name: string;
  email: string;
  timeZone: string;
  /** The current version of their notice (lib/notices) is not accepted yet. */
  needsConsent: boolean;
  /** Two-step sign-in is on for the account. */
  twoStepOn: boolean;
};
export type TTherapistActor = TActor & { role: "THERAPIST" };
export type TClientActor = TActor & { role: "CLIENT" };
