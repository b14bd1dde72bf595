import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "~/server/db";
import { appRouter } from "~/server/root";
import type { TActor } from "~/server/auth/actor";
import { getBuiltinTemplate } from "~/features/templates/builtins";
import { syncBuiltinTemplates } from "~/features/templates/mutations";
import type { TWorksheetBody } from "~/features/templates/schema";
import {
  callerFor,
  createAssignmentRow,
  createClient,
  createTherapist,
  linkClient,
  signedIn,
} from "./factories";

/**
 * Every tRPC procedure x every kind of person: anonymous, two clients (A, B) and two therapists
 * (X linked to A, Y linked to B). A procedure missing from this table fails the last test, so
 * each new procedure must state who may call it.
 */
type Who = "anonymous" | "clientA" | "clientB" | "therapistX" | "therapistY";
type Outcome = "ok" | TRPCError["code"];
type Fixtures = {
  actors: Record<Who, TActor | null>;
  // client A's homework from therapist X: who else reaches it is the point of this table
  ids: {
    draftOccurrenceId: string;
    submitOccurrenceId: string;
    submissionId: string;
    feedbackId: string;
  };
  /** X's ladder for A: step 1 mastered, an open practice attempt on it; step 2 is current. */
  ladder: { assignmentId: string; attemptId: string };
  /** Own templates of therapistX: one to read and edit, one to archive. */
  templates: { xOwn: string; xArchivable: string };
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
const clientsOnly: Case["expect"] = {
  anonymous: "UNAUTHORIZED",
  clientA: "ok",
  clientB: "ok",
  therapistX: "FORBIDDEN",
  therapistY: "FORBIDDEN",
};
/** Client A's own rows: B is told they don't exist, therapists are kept out of client calls. */
const clientAOwns: Case["expect"] = { ...clientsOnly, clientB: "NOT_FOUND" };
/** Client A's rows seen by therapists: only X, who is linked to A. */
const therapistXReaches: Case["expect"] = { ...therapistsOnly, therapistY: "NOT_FOUND" };
const SUBMIT_KEY = "6f1c1c1e-8d5a-4a57-9d0e-2b8f6e1f0a11";
const COMPLETE = { what_i_did: "a", why_it_mattered: "b", celebrate: "c" };

/** Only therapist X, linked to client A, may touch A's homework; Y finds nothing. */
const onlyX: Case["expect"] = { ...therapistsOnly, therapistY: "NOT_FOUND" };
const everyone: Case["expect"] = {
  anonymous: "ok",
  clientA: "ok",
  clientB: "ok",
  therapistX: "ok",
  therapistY: "ok",
};
/** Rows of client A (given by therapist X): others get NOT_FOUND, never a hint they exist. */
const ownerOrTheirTherapist: Case["expect"] = {
  anonymous: "UNAUTHORIZED",
  clientA: "ok",
  clientB: "NOT_FOUND",
  therapistX: "ok",
  therapistY: "NOT_FOUND",
};
const ownerClientOnly: Case["expect"] = {
  anonymous: "UNAUTHORIZED",
  clientA: "ok",
  clientB: "NOT_FOUND",
  therapistX: "FORBIDDEN",
  therapistY: "FORBIDDEN",
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
  "worksheets.task": {
    input: (f) => ({ occurrenceId: f.ids.draftOccurrenceId }),
    expect: clientAOwns,
  },
  "worksheets.saveDraft": {
    input: (f) => ({ occurrenceId: f.ids.draftOccurrenceId, answers: { celebrate: "x" } }),
    expect: clientAOwns,
  },
  "worksheets.submit": {
    input: (f) => ({
      occurrenceId: f.ids.submitOccurrenceId,
      answers: COMPLETE,
      idempotencyKey: SUBMIT_KEY,
    }),
    expect: clientAOwns,
  },
  "worksheets.addFollowUpNote": {
    input: (f) => ({ submissionId: f.ids.submissionId, note: "later thoughts" }),
    expect: clientAOwns,
  },
  "worksheets.submission": {
    input: (f) => ({ submissionId: f.ids.submissionId }),
    expect: therapistXReaches,
  },
  "worksheets.recentSubmissions": { expect: therapistsOnly },
  "feedback.create": {
    input: (f) => ({ target: { submissionId: f.ids.submissionId }, body: "Well done" }),
    expect: therapistXReaches,
  },
  "feedback.reply": {
    input: (f) => ({ feedbackId: f.ids.feedbackId, body: "Thanks" }),
    expect: clientAOwns,
  },
  "feedback.listNew": { expect: clientsOnly },
  "feedback.markSeen": {
    input: (f) => ({ submissionId: f.ids.submissionId }),
    expect: clientAOwns,
  },
  "portal.home": { expect: clientsOnly },
  "ladder.get": {
    input: (f) => ({ assignmentId: f.ladder.assignmentId }),
    expect: ownerOrTheirTherapist,
  },
  "ladder.startAttempt": {
    input: (f) => ({
      assignmentId: f.ladder.assignmentId,
      stepId: "ask-a-small-favour",
      prediction: "p",
      predictionConfidence: 50,
      distressBefore: 50,
    }),
    expect: ownerClientOnly,
  },
  "ladder.completeAttempt": {
    input: (f) => ({
      attemptId: f.ladder.attemptId,
      peakDistress: 40,
      afterDistress: 20,
      fearedOutcome: "NO",
      whatHappened: "w",
      note: "",
    }),
    expect: ownerClientOnly,
  },
  // The second "ok" (therapist X after client A) is the idempotent repeat.
  "ladder.markMastered": {
    input: (f) => ({ assignmentId: f.ladder.assignmentId, stepId: "ask-a-small-favour" }),
    expect: ownerOrTheirTherapist,
  },
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
  const homework = await createAssignmentRow({
    therapistId: therapistX.id,
    clientId: clientA.id,
    builtinKey: "small-victories",
    dueDates: [1, 2, 3].map((d) => new Date(Date.now() + d * 86_400_000)),
  });
  const [draftOcc, submitOcc, doneOcc] = homework.occurrences;
  const submission = await db.submission.create({
    data: {
      occurrenceId: doneOcc!.id,
      clientId: clientA.id,
      content: homework.content ?? {},
      answers: COMPLETE,
      status: "SUBMITTED",
      submittedAt: new Date(),
      idempotencyKey: "0b9e4c1e-1111-4a57-9d0e-2b8f6e1f0a11",
    },
  });
  const feedback = await db.feedback.create({
    data: { submissionId: submission.id, authorId: therapistX.id, body: "Nice work" },
  });
  const ladder = await createAssignmentRow({
    therapistId: therapistX.id,
    clientId: clientA.id,
    builtinKey: "trust-ladder",
  });
  await db.masteredStep.create({
    data: { assignmentId: ladder.id, stepId: "share-a-preference", markedById: therapistX.id },
  });
  const attempt = await db.stepAttempt.create({
    data: {
      assignmentId: ladder.id,
      stepId: "share-a-preference",
      clientId: clientA.id,
      prediction: "p",
      predictionConfidence: 50,
      distressBefore: 50,
    },
  });
  const ownTemplate = (title: string) =>
    db.template.create({
      data: { ...worksheetDraft, title, summary: "", ownerId: therapistX.id },
      select: { id: true },
    });
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
    ids: {
      draftOccurrenceId: draftOcc!.id,
      submitOccurrenceId: submitOcc!.id,
      submissionId: submission.id,
      feedbackId: feedback.id,
    },
    ladder: { assignmentId: ladder.id, attemptId: attempt.id },
    templates: {
      xOwn: (await ownTemplate("X's own")).id,
      xArchivable: (await ownTemplate("X's to archive")).id,
    },
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
