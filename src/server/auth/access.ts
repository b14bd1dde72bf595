/** Pure access rules shared by pages (redirects) and tRPC procedures (error codes). */

export const ROLES = ["THERAPIST", "CLIENT"] as const;
export type TRole = (typeof ROLES)[number];

export type Area = "therapist" | "client";

const AREA_ROLE: Record<Area, TRole> = { therapist: "THERAPIST", client: "CLIENT" };

export const homePathFor = (role: TRole) => (role === "THERAPIST" ? "/therapist" : "/portal");

export type PageDecision =
  { kind: "allow" } | { kind: "sign-in" } | { kind: "redirect"; to: string };

export function decidePageAccess(actor: { role: TRole } | null, area: Area): PageDecision {
  if (!actor) return { kind: "sign-in" };
  if (actor.role !== AREA_ROLE[area]) return { kind: "redirect", to: homePathFor(actor.role) };
  return { kind: "allow" };
}

export type ProcedureDecision = "ok" | "UNAUTHORIZED" | "FORBIDDEN";

export function decideProcedureAccess(
  actor: { role: TRole } | null,
  required: TRole | "ANY",
): ProcedureDecision {
  if (!actor) return "UNAUTHORIZED";
  if (required !== "ANY" && actor.role !== required) return "FORBIDDEN";
  return "ok";
}
