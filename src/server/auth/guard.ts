import "server-only";
import { redirect } from "next/navigation";
import { getEnv } from "~/env";
import { decidePageAccess, homePathFor, type Area } from "./access";
import { getRequestContext } from "~/trpc/server";
import type { TActor, TClientActor, TTherapistActor } from "./actor";

/**
 * Each page calls one of these itself (layouts and the proxy are not enough: they do not run
 * for every request). Anonymous people go to sign-in, the other role to its own home.
 */
export const TWO_STEP_PATH = "/therapist/two-step";

async function requireArea(area: Area, returnTo: string): Promise<TActor> {
  const { actor } = await getRequestContext();
  const decision = decidePageAccess(actor, area);
  if (decision.kind === "sign-in") redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (decision.kind === "redirect") redirect(decision.to);
  // A notice they have not accepted in its current version comes first (lib/notices).
  if (actor?.needsConsent) redirect(`/consent?callbackUrl=${encodeURIComponent(returnTo)}`);
  // Where the deployment requires it, a therapist sets up two-step sign-in before anything else.
  if (
    area === "therapist" &&
    !actor?.twoStepOn &&
    returnTo !== TWO_STEP_PATH &&
    getEnv().REQUIRE_TWO_STEP_FOR_THERAPISTS === "true"
  ) {
    redirect(TWO_STEP_PATH);
  }
  return actor as TActor;
}

export const requireTherapist = (returnTo: string) =>
  requireArea("therapist", returnTo) as Promise<TTherapistActor>;

export const requireClient = (returnTo: string) =>
  requireArea("client", returnTo) as Promise<TClientActor>;

export async function getOptionalActor(): Promise<TActor | null> {
  return (await getRequestContext()).actor;
}

export async function redirectSignedInToHome() {
  const actor = await getOptionalActor();
  if (actor) redirect(homePathFor(actor.role));
}
