import { describe, expect, test } from "vitest";
import { decidePageAccess, decideProcedureAccess, homePathFor } from "./access";

const therapist = { role: "THERAPIST" as const };
const client = { role: "CLIENT" as const };

describe("page access", () => {
  test("anonymous people are sent to sign in", () => {
    expect(decidePageAccess(null, "therapist")).toEqual({ kind: "sign-in" });
    expect(decidePageAccess(null, "client")).toEqual({ kind: "sign-in" });
  });

  test("each role enters its own area", () => {
    expect(decidePageAccess(therapist, "therapist")).toEqual({ kind: "allow" });
    expect(decidePageAccess(client, "client")).toEqual({ kind: "allow" });
  });

  test("each role is sent home from the other's area", () => {
    expect(decidePageAccess(client, "therapist")).toEqual({ kind: "redirect", to: "/portal" });
    expect(decidePageAccess(therapist, "client")).toEqual({ kind: "redirect", to: "/therapist" });
  });

  test("home paths", () => {
    expect(homePathFor("THERAPIST")).toBe("/therapist");
    expect(homePathFor("CLIENT")).toBe("/portal");
  });
});

describe("procedure access", () => {
  test.each([
    [null, "ANY", "UNAUTHORIZED"],
    [null, "THERAPIST", "UNAUTHORIZED"],
    [client, "ANY", "ok"],
    [client, "THERAPIST", "FORBIDDEN"],
    [client, "CLIENT", "ok"],
    [therapist, "CLIENT", "FORBIDDEN"],
    [therapist, "THERAPIST", "ok"],
  ] as const)("%o needing %s -> %s", (actor, required, outcome) => {
    expect(decideProcedureAccess(actor, required)).toBe(outcome);
  });
});
