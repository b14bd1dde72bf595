import { expect, test } from "vitest";
import { db } from "~/server/db";
import { callerFor, createLinkedPair, signedIn } from "../../../tests/integration/factories";
import { codeOf } from "../../../tests/integration/trpc-outcome";

async function world() {
  const [{ therapist, client }, other] = await Promise.all([
    createLinkedPair(),
    createLinkedPair(),
  ]);
  return {
    client,
    asClient: callerFor(await signedIn(client)),
    asTherapist: callerFor(await signedIn(therapist)),
    asOtherTherapist: callerFor(await signedIn(other.therapist)),
    asOtherClient: callerFor(await signedIn(other.client)),
  };
}

const PLAN = {
  warningSigns: "Not sleeping\nCancelling plans",
  calmingThings: "Slow breathing",
  people: "Sam (sister) 0123",
  professionals: "My therapist",
};

test("the client writes and edits their plan; a stale copy is refused and changes nothing", async () => {
  const w = await world();
  expect(await w.asClient.safetyPlan.get({})).toMatchObject({
    warningSigns: "",
    revision: 0,
    updatedAt: null,
    suggestions: [],
  });
  // Reading wrote nothing.
  expect(await db.safetyPlan.count({ where: { clientId: w.client.id } })).toBe(0);

  expect(await w.asClient.safetyPlan.save({ ...PLAN, baseRevision: 0 })).toMatchObject({
    revision: 1,
  });
  expect(await w.asClient.safetyPlan.get({})).toMatchObject({ ...PLAN, revision: 1 });
  await w.asClient.safetyPlan.save({ ...PLAN, calmingThings: "A walk", baseRevision: 1 });

  // Another tab still on revision 1: refused, the newer words stay.
  const stale = w.asClient.safetyPlan.save({ ...PLAN, calmingThings: "Old tab", baseRevision: 1 });
  expect(await codeOf(stale)).toBe("CONFLICT");
  expect((await w.asClient.safetyPlan.get({})).calmingThings).toBe("A walk");
});

test("the therapist reads it and suggests; the client adds one and declines another", async () => {
  const w = await world();
  await w.asClient.safetyPlan.save({ ...PLAN, baseRevision: 0 });
  expect(await w.asTherapist.safetyPlan.get({ clientId: w.client.id })).toMatchObject(PLAN);
  await w.asTherapist.safetyPlan.suggest({
    clientId: w.client.id,
    section: "calmingThings",
    body: "Hold something cold",
  });
  await w.asTherapist.safetyPlan.suggest({
    clientId: w.client.id,
    section: "people",
    body: "Your neighbour Jo",
  });
  const [cold, jo] = (await w.asClient.safetyPlan.get({})).suggestions;
  expect(cold).toMatchObject({ section: "calmingThings", body: "Hold something cold" });

  await w.asClient.safetyPlan.resolveSuggestion({ suggestionId: cold!.id, add: true });
  await w.asClient.safetyPlan.resolveSuggestion({ suggestionId: jo!.id, add: false });
  const plan = await w.asClient.safetyPlan.get({});
  expect(plan.calmingThings).toBe("Slow breathing\nHold something cold");
  expect(plan.people).toBe(PLAN.people);
  expect(plan.suggestions).toEqual([]);
  expect(
    await codeOf(w.asClient.safetyPlan.resolveSuggestion({ suggestionId: jo!.id, add: true })),
  ).toBe("CONFLICT");
  // A save from before the addition would drop it: refused.
  expect(await codeOf(w.asClient.safetyPlan.save({ ...PLAN, baseRevision: 1 }))).toBe("CONFLICT");
});

test("a suggestion can start a plan the client has not written yet", async () => {
  const w = await world();
  await w.asTherapist.safetyPlan.suggest({
    clientId: w.client.id,
    section: "professionals",
    body: "The crisis line",
  });
  const [s] = (await w.asClient.safetyPlan.get({})).suggestions;
  await w.asClient.safetyPlan.resolveSuggestion({ suggestionId: s!.id, add: true });
  expect(await w.asClient.safetyPlan.get({})).toMatchObject({
    professionals: "The crisis line",
    revision: 1,
  });
});

test("nobody else reads the plan or suggests to it", async () => {
  const w = await world();
  await w.asClient.safetyPlan.save({ ...PLAN, baseRevision: 0 });
  expect(await codeOf(w.asOtherTherapist.safetyPlan.get({ clientId: w.client.id }))).toBe(
    "NOT_FOUND",
  );
  expect(await codeOf(w.asOtherClient.safetyPlan.get({ clientId: w.client.id }))).toBe("NOT_FOUND");
  expect(
    await codeOf(
      w.asOtherTherapist.safetyPlan.suggest({
        clientId: w.client.id,
        section: "people",
        body: "x",
      }),
    ),
  ).toBe("NOT_FOUND");
  await w.asTherapist.safetyPlan.suggest({ clientId: w.client.id, section: "people", body: "y" });
  const [s] = (await w.asClient.safetyPlan.get({})).suggestions;
  expect(
    await codeOf(w.asOtherClient.safetyPlan.resolveSuggestion({ suggestionId: s!.id, add: true })),
  ).toBe("NOT_FOUND");
  expect(await db.safetyPlanSuggestion.count({ where: { clientId: w.client.id } })).toBe(1);
});
