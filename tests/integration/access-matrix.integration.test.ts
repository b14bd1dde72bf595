import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "~/server/db";
import { appRouter } from "~/server/root";
import type { TActor } from "~/server/auth/actor";
import { callerFor, createClient, createTherapist, linkClient, signedIn } from "./factories";

/**
 * Every tRPC procedure x every kind of person: anonymous, two clients (A, B) and two therapists
 * (X linked to A, Y linked to B). A procedure missing from this table fails the last test, so
 * each new procedure must state who may call it.
 */
type Who = "anonymous" | "clientA" | "clientB" | "therapistX" | "therapistY";
type Outcome = "ok" | TRPCError["code"];
type Fixtures = {
  actors: Record<Who, TActor | null>;
  /** Own templates of therapistX: one to read and edit, one to archive. */
  templates: { xOwn: string; xArchivable: string };
};
type Case = { input?: (f: Fixtures, who: Who) => unknown; expect: Record<Who, Outcome> };

const anyoneSignedIn: Case["expect"] = {
  anonymous: "UNAUTHORIZED",
  clientA: "ok",
  clientB: "ok",
  therapistX: "ok",
  therapistY: "ok",
};
const therapistsOnly: Case["expect"] = {
  anonymous: "UNAUTHORIZED",
  clientA: "FORBIDDEN",
  clientB: "FORBIDDEN",
  therapistX: "ok",
  therapistY: "ok",
};
const everyone: Case["expect"] = {
  anonymous: "ok",
  clientA: "ok",
  clientB: "ok",
  therapistX: "ok",
  therapistY: "ok",
};

/** Rows that belong to therapistX: Y gets NOT_FOUND, as if they did not exist. */
const therapistXOnly: Case["expect"] = { ...therapistsOnly, therapistY: "NOT_FOUND" };

const worksheetDraft = {
  kind: "WORKSHEET",
  title: "A worksheet",
  body: { fields: [{ id: "q", type: "short_text", label: "What happened?", required: true }] },
} as const;

const CASES: Record<string, Case> = {
  "account.me": { expect: anyoneSignedIn },
  "account.signUp": {
    input: (_f, who) => ({
      name: "New",
      email: `new-${who}-${Date.now()}@example.test`,
      password: "a fine passphrase",
    }),
    expect: everyone,
  },
  "clients.list": { expect: therapistsOnly },
  "templates.list": { input: () => ({}), expect: therapistsOnly },
  "templates.get": { input: (f) => ({ id: f.templates.xOwn }), expect: therapistXOnly },
  "templates.create": {
    input: (_f, who) => ({ ...worksheetDraft, title: `New by ${who}` }),
    expect: therapistsOnly,
  },
  "templates.update": {
    input: (f, who) => ({ id: f.templates.xOwn, ...worksheetDraft, title: `Edit by ${who}` }),
    expect: therapistXOnly,
  },
  "templates.archive": { input: (f) => ({ id: f.templates.xArchivable }), expect: therapistXOnly },
  "templates.duplicate": { input: (f) => ({ id: f.templates.xOwn }), expect: therapistXOnly },
};

let fixtures: Fixtures;

beforeAll(async () => {
  const [clientA, clientB, therapistX, therapistY] = await Promise.all([
    createClient(),
    createClient(),
    createTherapist(),
    createTherapist(),
  ]);
  await linkClient(therapistX.id, clientA.id);
  await linkClient(therapistY.id, clientB.id);
  const ownTemplate = (title: string) =>
    db.template.create({
      data: { ...worksheetDraft, title, summary: "", ownerId: therapistX.id },
      select: { id: true },
    });
  fixtures = {
    templates: {
      xOwn: (await ownTemplate("X's own")).id,
      xArchivable: (await ownTemplate("X's to archive")).id,
    },
    actors: {
      anonymous: null,
      clientA: await signedIn(clientA),
      clientB: await signedIn(clientB),
      therapistX: await signedIn(therapistX),
      therapistY: await signedIn(therapistY),
    },
  };
});

async function outcomeOf(path: string, testCase: Case, who: Who): Promise<Outcome> {
  const caller = callerFor(fixtures.actors[who]) as unknown as Record<
    string,
    Record<string, (i: unknown) => Promise<unknown>>
  >;
  const [namespace, name] = path.split(".") as [string, string];
  try {
    await caller[namespace]![name]!(testCase.input?.(fixtures, who));
    return "ok";
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
}

describe("role x procedure access", () => {
  for (const [path, testCase] of Object.entries(CASES)) {
    for (const who of Object.keys(testCase.expect) as Who[]) {
      test(`${path} as ${who} -> ${testCase.expect[who]}`, async () => {
        expect(await outcomeOf(path, testCase, who)).toBe(testCase.expect[who]);
      });
    }
  }

  test("every procedure of the app is in this table", () => {
    const procedures = Object.keys(appRouter._def.procedures).sort();
    expect(Object.keys(CASES).sort()).toEqual(procedures);
  });
});
