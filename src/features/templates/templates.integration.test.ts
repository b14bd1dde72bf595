import { beforeAll, describe, expect, test } from "vitest";
import { db } from "~/server/db";
import type { TActor } from "~/server/auth/actor";
import {
  callerFor,
  createClient,
  createTherapist,
  linkClient,
  signedIn,
} from "../../../tests/integration/factories";
import { BUILTIN_TEMPLATES } from "./builtins";
import { syncBuiltinTemplates } from "./mutations";
import type { TCreateTemplateRequest } from "./schema";
import { codeOf, sentFieldErrors } from "../../../tests/integration/trpc-outcome";

const worksheet = (title: string, label = "What happened?"): TCreateTemplateRequest => ({
  kind: "WORKSHEET",
  title,
  summary: `Summary of ${title}`,
  body: { fields: [{ id: "what", type: "short_text", label, required: true }] },
});

function ladderTemplate(title = "My ladder") {
  return {
    kind: "LADDER" as const,
    title,
    summary: "",
    body: {
      steps: [
        { id: "first", title: `${title}: first`, description: "", expectedDistress: 20 },
        { id: "second", title: `${title}: second`, description: "", expectedDistress: 40 },
      ],
      targetDistress: 30,
      masteryStreak: 2,
    },
  };
}

let therapist: TActor;
let other: TActor;
let builtinLadderId: string;

beforeAll(async () => {
  await syncBuiltinTemplates();
  therapist = await signedIn(await createTherapist());
  other = await signedIn(await createTherapist());
  builtinLadderId = (await db.template.findUniqueOrThrow({ where: { builtinKey: "trust-ladder" } }))
    .id;
});

describe("templates.list", () => {
  test("built-ins first in code order, then own by last edit; filter by kind and search", async () => {
    const api = callerFor(therapist);
    await api.templates.create(worksheet("Older own sheet"));
    await api.templates.create(worksheet("Newer own sheet"));
    await callerFor(other).templates.create(worksheet("Someone else's sheet"));

    const all = await api.templates.list({ limit: 50 });
    const builtins = BUILTIN_TEMPLATES.length;
    expect(all.items.slice(0, builtins).map((t) => t.title)).toEqual(
      BUILTIN_TEMPLATES.map((t) => t.title),
    );
    expect(all.items.slice(builtins).map((t) => t.title)).toEqual([
      "Newer own sheet",
      "Older own sheet",
    ]);
    expect(all.items.every((t, i) => t.isBuiltin === i < builtins)).toBe(true);
    expect(all.nextCursor).toBeNull();

    const ladders = await api.templates.list({ kind: "LADDER" });
    expect(ladders.items.map((t) => t.kind)).toEqual(["LADDER"]);

    const found = await api.templates.list({ search: "NEWER own" });
    expect(found.items.map((t) => t.title)).toEqual(["Newer own sheet"]);
    const bySummary = await api.templates.list({ search: "summary of older" });
    expect(bySummary.items.map((t) => t.title)).toEqual(["Older own sheet"]);
  });

  test("pages walk through built-ins and own templates without gaps or repeats", async () => {
    const api = callerFor(therapist);
    const all = (await api.templates.list({ limit: 50 })).items.map((t) => t.id);
    for (const limit of [1, 4, 9, 10]) {
      const seen: string[] = [];
      let cursor: string | undefined;
      for (let guard = 0; guard < 50; guard++) {
        const page = await api.templates.list({ limit, cursor });
        expect(page.items.length).toBeLessThanOrEqual(limit);
        seen.push(...page.items.map((t) => t.id));
        if (!page.nextCursor) break;
        cursor = page.nextCursor;
      }
      expect(seen).toEqual(all);
    }
  });

  test("a garbled cursor is refused", async () => {
    expect(await codeOf(callerFor(therapist).templates.list({ cursor: "x:1" }))).toBe(
      "BAD_REQUEST",
    );
  });
});

describe("own templates", () => {
  test("create, get, update (version + 1) and archive", async () => {
    const api = callerFor(therapist);
    const { id, version } = await api.templates.create(worksheet("To edit"));
    expect(version).toBe(1);
    const updated = await api.templates.update({ id, ...worksheet("Edited", "New question?") });
    expect(updated.version).toBe(2);
    const detail = await api.templates.get({ id });
    expect(detail).toMatchObject({ title: "Edited", isBuiltin: false, version: 2 });
    expect(detail.kind === "WORKSHEET" && detail.body.fields[0]!.label).toBe("New question?");

    await api.templates.archive({ id });
    expect(await codeOf(api.templates.get({ id }))).toBe("NOT_FOUND");
    const list = await api.templates.list({ search: "Edited" });
    expect(list.items).toEqual([]);
  });

  test("updating a template leaves what the client sees of assigned homework unchanged", async () => {
    const api = callerFor(therapist);
    const clientUser = await createClient();
    await linkClient(therapist.userId, clientUser.id);
    const clientApi = callerFor(await signedIn(clientUser));
    const sheet = { ...worksheet("Frozen", "Original question?"), whyItHelps: "Original why." };
    const created = await api.templates.create(sheet);
    const due = { kind: "once" as const, dueDate: "2099-01-01", dueTime: "09:00" };
    const { assignmentId } = await api.assignments.create({
      clientId: clientUser.id,
      templateId: created.id,
      content: {
        kind: "WORKSHEET",
        body: {
          fields: [{ id: "what", type: "short_text", label: "Original question?", required: true }],
        },
      },
      instructions: "",
      schedule: due,
    });
    // Far ahead of the planning window: the client reaches it through a planned occurrence.
    const occurrence = await db.occurrence.create({
      data: { assignmentId, dueAt: new Date("2099-01-01T08:00:00Z") },
    });

    const own = await api.templates.create({ ...ladderTemplate(), whyItHelps: "Ladder why." });
    const ladderBody = ladderTemplate().body;
    const ladder = await api.assignments.create({
      clientId: clientUser.id,
      templateId: own.id,
      content: { kind: "LADDER", body: ladderBody },
      instructions: "",
      schedule: null,
    });

    await api.templates.update({
      id: created.id,
      ...worksheet("Renamed", "Changed question?"),
      whyItHelps: "Changed why.",
    });
    await api.templates.update({
      id: own.id,
      ...ladderTemplate("Renamed ladder"),
      whyItHelps: "Changed ladder why.",
    });

    const task = await clientApi.worksheets.task({ occurrenceId: occurrence.id });
    expect(task).toMatchObject({ title: "Frozen", whyItHelps: "Original why." });
    expect(task.fields.map((f) => f.label)).toEqual(["Original question?"]);
    const steps = await clientApi.ladder.get({ assignmentId: ladder.assignmentId });
    expect(steps).toMatchObject({ title: "My ladder", whyItHelps: "Ladder why." });
    expect(steps.steps.map((s) => s.title)).toEqual(ladderBody.steps.map((s) => s.title));
  });

  test("bad bodies are refused with field errors at their full path and change nothing", async () => {
    const api = callerFor(therapist);
    const { id } = await api.templates.create(worksheet("Stays"));
    const fieldErrors = await sentFieldErrors(
      api.templates.update({
        id,
        kind: "WORKSHEET",
        title: "",
        body: {
          fields: [
            { id: "s", type: "scale", label: "Mood", required: true, min: 5, max: 1, step: 1 },
          ],
        },
      }),
    );
    expect(Object.keys(fieldErrors ?? {}).sort()).toEqual(["body.fields.0.max", "title"]);
    expect((await api.templates.get({ id })).title).toBe("Stays");

    // A ladder body under the worksheet kind is refused too.
    expect(
      await codeOf(
        api.templates.create({
          kind: "WORKSHEET",
          title: "Mixed",
          body: { steps: [{ id: "a", title: "A", expectedDistress: 10 }] } as never,
        }),
      ),
    ).toBe("BAD_REQUEST");
  });

  test("the kind of a template cannot change", async () => {
    const api = callerFor(therapist);
    const { id } = await api.templates.create(worksheet("A worksheet"));
    const code = await codeOf(
      api.templates.update({
        id,
        kind: "LADDER",
        title: "Now a ladder",
        body: { steps: [{ id: "a", title: "A", expectedDistress: 10 }] },
      }),
    );
    expect(code).toBe("BAD_REQUEST");
  });
});

describe("built-ins and other therapists' templates", () => {
  test("built-ins are read-only but can be copied", async () => {
    const api = callerFor(therapist);
    const ladder = await api.templates.get({ id: builtinLadderId });
    expect(ladder.kind).toBe("LADDER");
    const update = api.templates.update({
      id: builtinLadderId,
      kind: "LADDER",
      title: "Mine now",
      body: ladder.kind === "LADDER" ? ladder.body : { steps: [] },
    });
    await expect(update).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(api.templates.archive({ id: builtinLadderId })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining("Make your own copy"),
    });

    const copy = await api.templates.duplicate({ id: builtinLadderId });
    const detail = await api.templates.get({ id: copy.id });
    expect(detail).toMatchObject({ title: `${ladder.title} (my copy)`, isBuiltin: false });
    expect(detail.kind === "LADDER" && detail.body).toEqual(ladder.body);
    expect((await db.template.findUniqueOrThrow({ where: { id: builtinLadderId } })).title).toBe(
      ladder.title,
    );
  });

  test("another therapist's template is NOT_FOUND for every procedure", async () => {
    const { id } = await callerFor(other).templates.create(worksheet("Private"));
    const api = callerFor(therapist);
    expect(await codeOf(api.templates.get({ id }))).toBe("NOT_FOUND");
    expect(await codeOf(api.templates.update({ id, ...worksheet("Taken") }))).toBe("NOT_FOUND");
    expect(await codeOf(api.templates.archive({ id }))).toBe("NOT_FOUND");
    expect(await codeOf(api.templates.duplicate({ id }))).toBe("NOT_FOUND");
    expect((await db.template.findUniqueOrThrow({ where: { id } })).title).toBe("Private");
  });
});
