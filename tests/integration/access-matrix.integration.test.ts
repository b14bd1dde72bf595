import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, test } from "vitest";
import { appRouter } from "~/server/root";
import type { TActor } from "~/server/auth/actor";
import { getBuiltinTemplate } from "~/features/templates/builtins";
import { syncBuiltinTemplates } from "~/features/templates/mutations";
import type { TWorksheetBody } from "~/features/templates/schema";
import { db } from "~/server/db";
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
  /** A pending invitation sent by therapist X. */
  invitationOfX: { id: string; token: string };
  /** A built-in worksheet, and homework of it that X gave client A. */
  worksheetTemplateId: string;
  assignmentOfX: string;
};
type Case = {
  input?: (f: Fixtures, who: Who) => unknown;
  expect: Record<Who, Outcome>;
};

const uniqueEmail = (who: Who) => `${who}-${Math.random().toString(36).slice(2, 10)}@example.test`;
const tokenOf = (acceptUrl: string) => acceptUrl.split("/invite/")[1]!;
/** A fresh invitation (each accept uses one up) from a therapist nobody else in the table knows. */
async function freshInvitation(email: string) {
  const sender = await signedIn(await createTherapist());
  const created = await callerFor(sender).invitations.create({ email, name: "Invited" });
  return tokenOf(created.acceptUrl);
}
/** Homework X gives A: a daily worksheet for a week, from today. */
const assignmentInput = (f: Fixtures) => {
  const body = getBuiltinTemplate("trust-trigger-journal")!.body as TWorksheetBody;
  return {
    clientId: f.actors.clientA!.userId,
    templateId: f.worksheetTemplateId,
    content: { kind: "WORKSHEET" as const, body },
    instructions: "",
    schedule: {
      kind: "daily" as const,
      startDate: new Date().toISOString().slice(0, 10),
      dueTime: "23:59",
      end: { type: "weeks" as const, weeks: 1 },
    },
    reminderOffsets: [],
  };
};
const freshAssignmentOfX = async (f: Fixtures) =>
  (await callerFor(f.actors.therapistX).assignments.create(assignmentInput(f))).assignmentId;

const clientsOnly: Case["expect"] = {
  anonymous: "UNAUTHORIZED",
  clientA: "ok",
  clientB: "ok",
  therapistX: "FORBIDDEN",
  therapistY: "FORBIDDEN",
};

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
/** Only therapist X, linked to client A, may touch A's homework; Y finds nothing. */
const onlyX: Case["expect"] = { ...therapistsOnly, therapistY: "NOT_FOUND" };
const everyone: Case["expect"] = {
  anonymous: "ok",
  clientA: "ok",
  clientB: "ok",
  therapistX: "ok",
  therapistY: "ok",
};

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
  "invitations.create": {
    input: (_f, who) => ({ email: uniqueEmail(who), name: "Invited Person" }),
    expect: therapistsOnly,
  },
  "invitations.list": { input: () => ({}), expect: therapistsOnly },
  "invitations.revoke": {
    input: (f) => ({ invitationId: f.invitationOfX.id }),
    expect: { ...therapistsOnly, therapistY: "NOT_FOUND" },
  },
  "invitations.getByToken": { input: (f) => ({ token: f.invitationOfX.token }), expect: everyone },
  "invitations.accept": {
    input: async (f, who) => ({
      token: await freshInvitation(uniqueEmail(who)),
      name: "New Client",
      timeZone: "Europe/Berlin",
      password: "a fine passphrase",
    }),
    expect: everyone,
  },
  "assignments.create": { input: assignmentInput, expect: onlyX },
  "assignments.update": {
    input: async (f) => {
      const { clientId: _c, templateId: _t, ...editable } = assignmentInput(f);
      return { ...editable, assignmentId: await freshAssignmentOfX(f), instructions: "Edited" };
    },
    expect: onlyX,
  },
  "assignments.end": {
    input: async (f) => ({ assignmentId: await freshAssignmentOfX(f) }),
    expect: onlyX,
  },
  "assignments.listForClient": {
    input: (f) => ({ clientId: f.actors.clientA!.userId, status: "ACTIVE" }),
    expect: onlyX,
  },
  "assignments.get": { input: (f) => ({ assignmentId: f.assignmentOfX }), expect: onlyX },
  "assignments.draft": {
    input: (f) => ({ clientId: f.actors.clientA!.userId, templateId: f.worksheetTemplateId }),
    expect: onlyX,
  },
  "assignments.templateChoices": { expect: therapistsOnly },
  // Only the invited client may accept: B holding an invitation for A's email is refused.
  "invitations.acceptSignedIn": {
    input: async (f) => ({ token: await freshInvitation(f.actors.clientA!.email) }),
    expect: { ...clientsOnly, clientB: "FORBIDDEN" },
  },
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
  const actorX = await signedIn(therapistX);
  const invitation = await callerFor(actorX).invitations.create({
    email: "invited-by-x@example.test",
    name: "Invited by X",
  });
  await syncBuiltinTemplates();
  const worksheet = await db.template.findUniqueOrThrow({
    where: { builtinKey: "trust-trigger-journal" },
    select: { id: true },
  });
  fixtures = {
    worksheetTemplateId: worksheet.id,
    assignmentOfX: "",
    invitationOfX: { id: invitation.invitationId, token: tokenOf(invitation.acceptUrl) },
    actors: {
      anonymous: null,
      clientA: await signedIn(clientA),
      clientB: await signedIn(clientB),
      therapistX: actorX,
      therapistY: await signedIn(therapistY),
    },
  };
});

beforeAll(async () => {
  fixtures.assignmentOfX = await freshAssignmentOfX(fixtures);
});

async function outcomeOf(path: string, testCase: Case, who: Who): Promise<Outcome> {
  const caller = callerFor(fixtures.actors[who]) as unknown as Record<
    string,
    Record<string, (i: unknown) => Promise<unknown>>
  >;
  const [namespace, name] = path.split(".") as [string, string];
  try {
    await caller[namespace]![name]!(await testCase.input?.(fixtures, who));
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
