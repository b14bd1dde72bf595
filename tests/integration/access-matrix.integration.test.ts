import { TRPCError, type AnyProcedure } from "@trpc/server";
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
  TEST_PASSWORD,
} from "./factories";
import { installQueryCounter, writesAmong } from "./query-counter";
import { DEFAULT_NOTIFICATION_PREFS, settingsPathFor } from "~/features/account/schema";
import { mintLinkToken } from "~/server/auth/link-tokens";
import { invitationTokenSentTo } from "./mail";
import { codeOf } from "./trpc-outcome";

/**
 * Every tRPC procedure x every kind of person: anonymous, two clients (A, B) and three therapists
 * (X linked to A, Y linked to B, Z whose link to A is ARCHIVED). A procedure missing from this
 * table fails the last test, so each new procedure must state who may call it.
 *
 * Z once gave A homework of their own; wherever an input names X's rows of A, Z's call names Z's
 * rows instead (see `fixturesSeenByZ`): Z still reads that history (`readsHistory`), but every
 * change needs an ACTIVE link, so Z's calls that change anything are NOT_FOUND.
 *
 * Reads never write: every query procedure, whoever calls it, sends no statement that changes
 * a row or takes a lock, though X's homework for A includes some whose planning is behind.
 */
type Who = "anonymous" | "clientA" | "clientB" | "therapistX" | "therapistY" | "therapistZ";
type Outcome = "ok" | TRPCError["code"];
type Fixtures = {
  actors: Record<Who, TActor | null>;
  // client A's homework from therapist X: who else reaches it is the point of this table
  ids: {
    draftOccurrenceId: string;
    submitOccurrenceId: string;
    submissionId: string;
    feedbackId: string;
    /** A two-part prediction log due for A: its before part can be submitted. */
    twoPartOccurrenceId: string;
    /** A's submission kept "just for me" (therapist X's homework). */
    privateSubmissionId: string;
  };
  /**
   * X's ladder for A: step 1 mastered, an open practice attempt on it; step 2 is current, with
   * one attempt recorded (so A may mark it mastered). `openAttempt` makes another open one.
   */
  ladder: { assignmentId: string; attemptId: string; openAttempt: () => Promise<string> };
  /** A new open suggestion from X to A's safety plan. */
  suggestionToA: () => Promise<string>;
  /** An open flag of X's about A (Z's fixtures: one of Z's from when their link was ACTIVE). */
  flagId: string;
  /** Own templates of therapistX: one to read and edit, one to archive. */
  templates: { xOwn: string; xArchivable: string };
  /** A pending invitation sent by therapist X. */
  invitationOfX: { id: string; token: string };
  /** The email settings link from a reminder to client A (works without signing in). */
  emailSettingsTokenOfA: string;
  /** A built-in worksheet, and homework of it that X gave client A. */
  worksheetTemplateId: string;
  assignmentOfX: string;
  /** A new assignment of X's for A (some calls use one up). */
  freshAssignment: () => Promise<string>;
  /** A new client of X's: ACTIVE, or already ARCHIVED (archiving and restoring use one up). */
  freshClientOfX: (status?: "ACTIVE" | "ARCHIVED") => Promise<string>;
  /** A new therapist of A's (A ending a therapist's access uses one up). */
  freshTherapistOfA: () => Promise<string>;
};
type Case = {
  input?: (f: Fixtures, who: Who) => unknown;
  expect: Record<Who, Outcome>;
};

const uniqueEmail = (who: Who) => `${who}-${Math.random().toString(36).slice(2, 10)}@example.test`;
/** A fresh invitation (each accept uses one up) from a therapist nobody else in the table knows. */
async function freshInvitation(email: string) {
  const sender = await signedIn(await createTherapist());
  await callerFor(sender).invitations.create({ email, name: "Invited" });
  return invitationTokenSentTo(email);
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
  therapistZ: "ok",
};
const therapistsOnly: Case["expect"] = {
  anonymous: "UNAUTHORIZED",
  clientA: "FORBIDDEN",
  clientB: "FORBIDDEN",
  therapistX: "ok",
  therapistY: "ok",
  therapistZ: "ok",
};
/** Only X reaches: Y is not linked to A, Z's link to A is ARCHIVED. */
const onlyLinkedX: Case["expect"] = {
  ...therapistsOnly,
  therapistY: "NOT_FOUND",
  therapistZ: "NOT_FOUND",
};
/** A's history, read: X, and Z (ARCHIVED link, read-only) in the homework Z gave. */
const readsHistory: Case["expect"] = { ...onlyLinkedX, therapistZ: "ok" };
const clientsOnly: Case["expect"] = {
  anonymous: "UNAUTHORIZED",
  clientA: "ok",
  clientB: "ok",
  therapistX: "FORBIDDEN",
  therapistY: "FORBIDDEN",
  therapistZ: "FORBIDDEN",
};
/** Client A's own rows: B is told they don't exist, therapists are kept out of client calls. */
const clientAOwns: Case["expect"] = { ...clientsOnly, clientB: "NOT_FOUND" };
/** Client A's rows seen by therapists: only X, who is linked to A. */
const therapistXReaches: Case["expect"] = onlyLinkedX;
const SUBMIT_KEY = "6f1c1c1e-8d5a-4a57-9d0e-2b8f6e1f0a11";
const COMPLETE = { what_i_did: "a", why_it_mattered: "b", celebrate: "c" };

/** Only therapist X, linked to client A, may touch A's homework; Y finds nothing. */
const onlyX: Case["expect"] = onlyLinkedX;
/** Public, and a made-up emailed link refused whoever sends it. */
const refusedForEveryone: Case["expect"] = {
  anonymous: "BAD_REQUEST",
  clientA: "BAD_REQUEST",
  clientB: "BAD_REQUEST",
  therapistX: "BAD_REQUEST",
  therapistY: "BAD_REQUEST",
  therapistZ: "BAD_REQUEST",
};
const everyone: Case["expect"] = {
  anonymous: "ok",
  clientA: "ok",
  clientB: "ok",
  therapistX: "ok",
  therapistY: "ok",
  therapistZ: "ok",
};
/** Rows of client A (given by therapist X): others get NOT_FOUND, never a hint they exist. */
const ownerOrTheirTherapist: Case["expect"] = {
  anonymous: "UNAUTHORIZED",
  clientA: "ok",
  clientB: "NOT_FOUND",
  therapistX: "ok",
  therapistY: "NOT_FOUND",
  therapistZ: "NOT_FOUND",
};
const ownerClientOnly: Case["expect"] = {
  anonymous: "UNAUTHORIZED",
  clientA: "ok",
  clientB: "NOT_FOUND",
  therapistX: "FORBIDDEN",
  therapistY: "FORBIDDEN",
  therapistZ: "FORBIDDEN",
};

/** Rows that belong to therapistX: Y and Z get NOT_FOUND, as if they did not exist. */
const therapistXOnly: Case["expect"] = onlyLinkedX;

const worksheetDraft = {
  kind: "WORKSHEET",
  title: "A worksheet",
  body: { fields: [{ id: "q", type: "short_text", label: "What happened?", required: true }] },
} as const;

const CASES: Record<string, Case> = {
  "account.me": { expect: anyoneSignedIn },
  "account.acceptNotice": { input: () => ({ version: "2026-12-04" }), expect: anyoneSignedIn },
  // Each changes the caller's own account only (account-settings.integration.test.ts checks it).
  "account.updateProfile": {
    input: () => ({ name: "Kept Name", timeZone: "Europe/Berlin" }),
    expect: anyoneSignedIn,
  },
  "account.changePassword": {
    input: () => ({ currentPassword: TEST_PASSWORD, password: "a brand new passphrase" }),
    expect: anyoneSignedIn,
  },
  "account.sessions": { expect: anyoneSignedIn },
  // Therapists' own second step; a made-up code or a wrong password is refused for each.
  "account.twoStep": { expect: therapistsOnly },
  "account.startTwoStep": { expect: therapistsOnly },
  "account.confirmTwoStep": {
    input: () => ({ code: "000000" }),
    expect: {
      ...therapistsOnly,
      therapistX: "BAD_REQUEST",
      therapistY: "BAD_REQUEST",
      therapistZ: "BAD_REQUEST",
    },
  },
  "account.turnOffTwoStep": {
    input: () => ({ password: "not the password" }),
    expect: {
      ...therapistsOnly,
      therapistX: "BAD_REQUEST",
      therapistY: "BAD_REQUEST",
      therapistZ: "BAD_REQUEST",
    },
  },
  "account.signOutElsewhere": { expect: anyoneSignedIn },
  "clients.former": { input: () => ({}), expect: therapistsOnly },
  "clients.careLink": {
    input: (f) => ({ clientId: f.actors.clientA!.userId }),
    expect: readsHistory,
  },
  "clients.archive": {
    input: async (f) => ({ clientId: await f.freshClientOfX() }),
    expect: onlyX,
  },
  "clients.restore": {
    input: async (f) => ({ clientId: await f.freshClientOfX("ARCHIVED") }),
    expect: onlyX,
  },
  "clients.myTherapists": { expect: clientsOnly },
  "export.mine": { expect: clientsOnly },
  // Only one's own email confirms: B typing A's is refused (and nobody's account is deleted here).
  "account.deleteAccount": {
    input: (f) => ({ email: f.actors.clientA!.email.replace("@", "+not@") }),
    expect: { ...clientsOnly, clientA: "BAD_REQUEST", clientB: "BAD_REQUEST" },
  },
  "clients.endAccess": {
    input: async (f) => ({ therapistId: await f.freshTherapistOfA() }),
    expect: clientAOwns,
  },
  // Each lists the caller's own rows only (audit.integration.test.ts checks whose).
  "audit.seenBy": { expect: clientsOnly },
  "audit.mine": { expect: anyoneSignedIn },
  "account.signUp": {
    input: (_f, who) => ({
      name: "New",
      email: `new-${who}-${Date.now()}@example.test`,
      timeZone: "UTC",
      acceptsTerms: true,
    }),
    expect: everyone,
  },
  // Public: only the emailed sign-up link permits it, and a made-up one is refused for everyone.
  "account.finishSignUp": {
    input: () => ({ token: "z".repeat(43), password: "a fine passphrase" }),
    expect: refusedForEveryone,
  },
  // Public, and the same answer whoever asks about whichever address.
  "account.requestPasswordReset": {
    input: (_f, who) => ({ email: uniqueEmail(who) }),
    expect: everyone,
  },
  "account.requestSignInLink": {
    input: (_f, who) => ({ email: uniqueEmail(who) }),
    expect: everyone,
  },
  // Public: only the emailed link permits it, and a made-up one is refused for everyone.
  "account.resetPassword": {
    input: () => ({ token: "z".repeat(43), password: "a fine passphrase" }),
    expect: refusedForEveryone,
  },
  "account.notificationPrefs": { expect: clientsOnly },
  "account.updateNotificationPrefs": {
    input: () => DEFAULT_NOTIFICATION_PREFS,
    expect: clientsOnly,
  },
  // Public: the link is the key, to one client's email settings only.
  "account.emailSettingsByToken": {
    input: (f) => ({ token: f.emailSettingsTokenOfA }),
    expect: everyone,
  },
  "account.updateEmailSettingsByToken": {
    input: (f) => ({ token: f.emailSettingsTokenOfA, prefs: DEFAULT_NOTIFICATION_PREFS }),
    expect: everyone,
  },
  "clients.list": { input: () => ({}), expect: therapistsOnly },
  "worksheets.task": {
    input: (f) => ({ occurrenceId: f.ids.draftOccurrenceId }),
    expect: clientAOwns,
  },
  "worksheets.saveDraft": {
    // Each save moves the revision on, so every call starts from the current one.
    input: async (f) => ({
      occurrenceId: f.ids.draftOccurrenceId,
      answers: { celebrate: "x" },
      baseRevision:
        (await db.submission.findUnique({ where: { occurrenceId: f.ids.draftOccurrenceId } }))
          ?.revision ?? 0,
    }),
    expect: clientAOwns,
  },
  "worksheets.submit": {
    input: (f) => ({
      occurrenceId: f.ids.submitOccurrenceId,
      answers: COMPLETE,
      baseRevision: 0,
      idempotencyKey: SUBMIT_KEY,
    }),
    expect: clientAOwns,
  },
  // A retry with the same answers is answered the same, so only A's first call matters.
  "worksheets.submitBeforePart": {
    input: (f) => ({
      occurrenceId: f.ids.twoPartOccurrenceId,
      answers: { situation: "s", feared: "f", how_sure: 50 },
      baseRevision: 0,
    }),
    expect: clientAOwns,
  },
  // Before "share" in this table: once shared, there is nothing private to ask about.
  "worksheets.tellTherapist": {
    input: (f) => ({ submissionId: f.ids.privateSubmissionId }),
    expect: clientAOwns,
  },
  "worksheets.share": {
    input: (f) => ({ submissionId: f.ids.privateSubmissionId }),
    expect: clientAOwns,
  },
  "worksheets.addFollowUpNote": {
    input: (f) => ({ submissionId: f.ids.submissionId, note: "later thoughts" }),
    expect: clientAOwns,
  },
  "worksheets.submission": {
    input: (f) => ({ submissionId: f.ids.submissionId }),
    expect: readsHistory,
  },
  "worksheets.recentSubmissions": { expect: therapistsOnly },
  "feedback.create": {
    input: (f) => ({ target: { submissionId: f.ids.submissionId }, body: "Well done" }),
    expect: therapistXReaches,
  },
  "feedback.markReviewed": {
    input: (f) => ({ target: { submissionId: f.ids.submissionId } }),
    expect: therapistXReaches,
  },
  "feedback.reply": {
    input: (f) => ({ feedbackId: f.ids.feedbackId, body: "Thanks" }),
    expect: clientAOwns,
  },
  "feedback.listNew": { expect: clientsOnly },
  // Client B's call succeeds but changes nothing: A's id is not in B's `where`.
  "feedback.markSeen": {
    input: (f) => ({ feedbackIds: [f.ids.feedbackId] }),
    expect: clientsOnly,
  },
  "progress.client": {
    input: (f) => ({ clientId: f.actors.clientA!.userId, weekStartsOn: 1 }),
    expect: readsHistory,
  },
  "progress.mine": { expect: clientsOnly },
  "progress.timeline": {
    input: (f) => ({ clientId: f.actors.clientA!.userId }),
    expect: readsHistory,
  },
  "account.digestPrefs": { expect: therapistsOnly },
  "account.updateDigestPrefs": { input: () => ({ digestOn: true }), expect: therapistsOnly },
  "portal.home": { expect: clientsOnly },
  "portal.section": { input: () => ({ section: "overdue" }), expect: clientsOnly },
  "portal.ladders": { input: () => ({}), expect: clientsOnly },
  "portal.done": { input: () => ({}), expect: clientsOnly },
  "ladder.get": {
    input: (f) => ({ assignmentId: f.ladder.assignmentId }),
    expect: { ...ownerOrTheirTherapist, therapistZ: "ok" },
  },
  "ladder.stepAttempts": {
    input: (f) => ({ assignmentId: f.ladder.assignmentId, stepId: "share-a-preference" }),
    expect: { ...ownerOrTheirTherapist, therapistZ: "ok" },
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
  "ladder.stopAttempt": {
    input: async (f) => ({ attemptId: await f.ladder.openAttempt(), note: "" }),
    expect: ownerClientOnly,
  },
  // A client reads their own (B asking for A's is told it does not exist); X reads A's.
  "safetyPlan.get": {
    input: (f) => ({ clientId: f.actors.clientA!.userId }),
    expect: { ...onlyLinkedX, clientA: "ok", clientB: "NOT_FOUND" },
  },
  // Each client saves their own plan, from the revision it is at.
  "safetyPlan.save": {
    input: async (f, who) => ({
      warningSigns: "",
      calmingThings: "A walk",
      people: "",
      professionals: "",
      baseRevision:
        (await db.safetyPlan.findUnique({ where: { clientId: f.actors[who]?.userId ?? "" } }))
          ?.revision ?? 0,
    }),
    expect: clientsOnly,
  },
  "safetyPlan.suggest": {
    input: (f) => ({ clientId: f.actors.clientA!.userId, section: "people", body: "Jo" }),
    expect: onlyX,
  },
  "safetyPlan.resolveSuggestion": {
    input: async (f) => ({ suggestionId: await f.suggestionToA(), add: true }),
    expect: clientAOwns,
  },
  // Z reads A's page (an empty list: flags are for ACTIVE links), Y is told A does not exist.
  "flags.listOpen": {
    input: (f) => ({ clientId: f.actors.clientA!.userId }),
    expect: readsHistory,
  },
  // Acknowledging twice is harmless, so X's repeat is "ok" too.
  "flags.acknowledge": { input: (f) => ({ flagId: f.flagId }), expect: onlyX },
  "ladder.completeAttempt": {
    input: (f) => ({
      attemptId: f.ladder.attemptId,
      peakDistress: 40,
      afterDistress: 20,
      fearedOutcome: "NO",
      whatHappened: "w",
      confidenceAfter: 20,
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
  // Before revoke in this table: a new email for X's still pending invitation.
  "invitations.resend": {
    input: (f) => ({ invitationId: f.invitationOfX.id }),
    expect: therapistXOnly,
  },
  "invitations.revoke": {
    input: (f) => ({ invitationId: f.invitationOfX.id }),
    expect: therapistXOnly,
  },
  "invitations.getByToken": { input: (f) => ({ token: f.invitationOfX.token }), expect: everyone },
  "invitations.accept": {
    input: async (f, who) => ({
      token: await freshInvitation(uniqueEmail(who)),
      name: "New Client",
      timeZone: "Europe/Berlin",
      password: "a fine passphrase",
      acceptsNotice: true,
    }),
    expect: everyone,
  },
  "assignments.create": { input: assignmentInput, expect: onlyX },
  "assignments.update": {
    input: async (f) => {
      const { clientId: _c, templateId: _t, ...editable } = assignmentInput(f);
      return { ...editable, assignmentId: await f.freshAssignment(), instructions: "Edited" };
    },
    expect: onlyX,
  },
  "assignments.end": {
    input: async (f) => ({ assignmentId: await f.freshAssignment() }),
    expect: onlyX,
  },
  "assignments.listForClient": {
    input: (f) => ({ clientId: f.actors.clientA!.userId, status: "ACTIVE" }),
    expect: readsHistory,
  },
  "assignments.get": { input: (f) => ({ assignmentId: f.assignmentOfX }), expect: onlyX },
  "assignments.dueDates": {
    input: (f) => ({ assignmentId: f.assignmentOfX }),
    expect: readsHistory,
  },
  "assignments.client": { input: (f) => ({ clientId: f.actors.clientA!.userId }), expect: onlyX },
  "assignments.draft": {
    input: (f) => ({ clientId: f.actors.clientA!.userId, templateId: f.worksheetTemplateId }),
    expect: onlyX,
  },
  // Only the invited client may accept: B holding an invitation for A's email is refused.
  "invitations.acceptSignedIn": {
    input: async (f) => ({ token: await freshInvitation(f.actors.clientA!.email) }),
    expect: { ...clientsOnly, clientB: "FORBIDDEN" },
  },
};

let fixtures: Fixtures;
/** The fixtures with X's rows of A swapped for Z's: what therapist Z's calls name. */
let fixturesSeenByZ: Fixtures;
let queriesOf: Awaited<ReturnType<typeof installQueryCounter>>;

beforeAll(async () => {
  queriesOf = await installQueryCounter();
  const [clientA, clientB, therapistX, therapistY, therapistZ] = await Promise.all([
    createClient(),
    createClient(),
    createTherapist(),
    createTherapist(),
    createTherapist(),
  ]);
  await linkClient(therapistX.id, clientA.id);
  await linkClient(therapistY.id, clientB.id);
  await linkClient(therapistZ.id, clientA.id, "ARCHIVED");
  const homework = await createAssignmentRow({
    therapistId: therapistX.id,
    clientId: clientA.id,
    builtinKey: "small-victories",
    dueDates: [1, 2, 3, 4].map((d) => new Date(Date.now() + d * 86_400_000)),
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
    data: {
      submissionId: submission.id,
      authorId: therapistX.id,
      clientId: clientA.id,
      body: "Nice work",
    },
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
  const practised = await ladderPractice(ladder.id, clientA.id);
  const privateEntry = await db.submission.create({
    data: {
      occurrenceId: homework.occurrences[3]!.id,
      clientId: clientA.id,
      content: homework.content ?? {},
      answers: COMPLETE,
      status: "SUBMITTED",
      submittedAt: new Date(),
      private: true,
    },
  });
  const twoPart = await createAssignmentRow({
    therapistId: therapistX.id,
    clientId: clientA.id,
    builtinKey: "prediction-outcome-log",
  });
  const flag = await openFlag(therapistX.id, clientA.id);
  const ownTemplate = (title: string) =>
    db.template.create({
      data: { ...worksheetDraft, title, summary: "", ownerId: therapistX.id },
      select: { id: true },
    });
  const actorX = await signedIn(therapistX);
  const invitedByX = "invited-by-x@example.test";
  const invitation = await callerFor(actorX).invitations.create({
    email: invitedByX,
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
      twoPartOccurrenceId: twoPart.occurrences[0]!.id,
      privateSubmissionId: privateEntry.id,
    },
    ladder: { assignmentId: ladder.id, attemptId: attempt.id, openAttempt: practised },
    flagId: flag,
    suggestionToA: async () =>
      (
        await db.safetyPlanSuggestion.create({
          data: { clientId: clientA.id, therapistId: therapistX.id, section: "PEOPLE", body: "Jo" },
          select: { id: true },
        })
      ).id,
    templates: {
      xOwn: (await ownTemplate("X's own")).id,
      xArchivable: (await ownTemplate("X's to archive")).id,
    },
    worksheetTemplateId: worksheet.id,
    assignmentOfX: "",
    freshAssignment: () => freshAssignmentOfX(fixtures),
    freshClientOfX: async (status = "ACTIVE") => {
      const client = await createClient();
      await linkClient(therapistX.id, client.id, status);
      return client.id;
    },
    freshTherapistOfA: async () => {
      const therapist = await createTherapist();
      await linkClient(therapist.id, clientA.id);
      return therapist.id;
    },
    invitationOfX: { id: invitation.invitationId, token: await invitationTokenSentTo(invitedByX) },
    emailSettingsTokenOfA: await mintLinkToken(db, {
      purpose: "UNSUBSCRIBE",
      userId: clientA.id,
      targetPath: settingsPathFor("reminders"),
    }),
    actors: {
      anonymous: null,
      clientA: await signedIn(clientA),
      clientB: await signedIn(clientB),
      therapistX: actorX,
      therapistY: await signedIn(therapistY),
      therapistZ: await signedIn(therapistZ),
    },
  };
  fixturesSeenByZ = await rowsOfZ(fixtures, therapistZ.id, clientA.id);
});

/** A recorded attempt on the ladder's second step; and a maker of open attempts on the first. */
async function ladderPractice(assignmentId: string, clientId: string) {
  const attempt = (stepId: string, done: boolean) =>
    db.stepAttempt.create({
      data: {
        assignmentId,
        stepId,
        clientId,
        prediction: "p",
        predictionConfidence: 50,
        distressBefore: 30,
        ...(done ? { peakDistress: 20, afterDistress: 10, fearedOutcome: "NO" as const } : {}),
        completedAt: done ? new Date() : null,
      },
      select: { id: true },
    });
  await attempt("ask-a-small-favour", true);
  return async () => (await attempt("share-a-preference", false)).id;
}

const openFlag = async (therapistId: string, clientId: string) =>
  (
    await db.flag.create({
      data: { therapistId, clientId, kind: "HIGH_DISTRESS", reason: "distress stayed at 80" },
      select: { id: true },
    })
  ).id;

/** Homework Z gave A while their link was ACTIVE: a submitted worksheet with feedback, a ladder. */
async function rowsOfZ(f: Fixtures, therapistZ: string, clientA: string): Promise<Fixtures> {
  const homework = () =>
    createAssignmentRow({
      therapistId: therapistZ,
      clientId: clientA,
      builtinKey: "small-victories",
    });
  const worksheet = await homework();
  const submission = await db.submission.create({
    data: {
      occurrenceId: worksheet.occurrences[0]!.id,
      clientId: clientA,
      content: worksheet.content ?? {},
      answers: COMPLETE,
      status: "SUBMITTED",
      submittedAt: new Date(),
    },
  });
  const feedback = await db.feedback.create({
    data: { submissionId: submission.id, authorId: therapistZ, clientId: clientA, body: "From Z" },
  });
  const ladder = await createAssignmentRow({
    therapistId: therapistZ,
    clientId: clientA,
    builtinKey: "trust-ladder",
  });
  const attempt = await db.stepAttempt.create({
    data: {
      assignmentId: ladder.id,
      stepId: "share-a-preference",
      clientId: clientA,
      prediction: "p",
      predictionConfidence: 50,
      distressBefore: 50,
    },
  });
  return {
    ...f,
    ids: { ...f.ids, submissionId: submission.id, feedbackId: feedback.id },
    ladder: {
      assignmentId: ladder.id,
      attemptId: attempt.id,
      openAttempt: await ladderPractice(ladder.id, clientA),
    },
    flagId: await openFlag(therapistZ, clientA),
    assignmentOfX: worksheet.id,
    freshAssignment: async () => (await homework()).id,
  };
}

beforeAll(async () => {
  fixtures.assignmentOfX = await freshAssignmentOfX(fixtures);
  // As if the planning timer had stopped: a read that planned it would be seen writing.
  const behind = await freshAssignmentOfX(fixtures);
  await db.assignment.update({ where: { id: behind }, data: { plannedUntil: null } });
});

/** The rows each list returns: a call that succeeds must still hold only the caller's rows. */
describe("what each therapist's lists hold", () => {
  const api = (who: Who) => callerFor(fixtures.actors[who]);
  const idsOf = (rows: { id: string }[]) => rows.map((r) => r.id);

  test("clients.list: X sees A, Y sees B, Z (ARCHIVED link) sees nobody", async () => {
    const names = async (who: Who) => (await api(who).clients.list()).items.map((c) => c.clientId);
    expect(await names("therapistX")).toEqual([fixtures.actors.clientA!.userId]);
    expect(await names("therapistY")).toEqual([fixtures.actors.clientB!.userId]);
    expect(await names("therapistZ")).toEqual([]);
  });

  test("clients.former: Z finds A there, archived; Y finds nobody", async () => {
    const former = async (who: Who) =>
      (await api(who).clients.former({})).items.map((c) => [c.clientId, c.status]);
    expect(await former("therapistZ")).toEqual([[fixtures.actors.clientA!.userId, "ARCHIVED"]]);
    expect(await former("therapistY")).toEqual([]);
  });

  test("worksheets.recentSubmissions: only X's submission of A, and only to X", async () => {
    const seen = async (who: Who) => idsOf((await api(who).worksheets.recentSubmissions()).items);
    const ofX = [fixtures.ids.submissionId, fixtures.ids.privateSubmissionId];
    expect((await seen("therapistX")).sort()).toEqual(ofX.sort());
    expect(await seen("therapistY")).toEqual([]);
    expect(await seen("therapistZ")).toEqual([]);
    const ofA = { clientId: fixtures.actors.clientA!.userId };
    expect(idsOf((await api("therapistX").worksheets.recentSubmissions(ofA)).items).sort()).toEqual(
      ofX.sort(),
    );
    for (const who of ["therapistY", "therapistZ"] as const) {
      expect(await codeOf(api(who).worksheets.recentSubmissions(ofA))).toBe("NOT_FOUND");
    }
  });

  test("a “just for me” entry: X reads that it was done, no answers; once A shares it, the answers", async () => {
    const assignmentId = await fixtures.freshAssignment();
    const occurrence = await db.occurrence.findFirstOrThrow({ where: { assignmentId } });
    const entry = await db.submission.create({
      data: {
        occurrenceId: occurrence.id,
        clientId: fixtures.actors.clientA!.userId,
        content: getBuiltinTemplate("trust-trigger-journal")!.body,
        answers: { situation: "Kept to myself", who: "A friend" },
        status: "SUBMITTED",
        submittedAt: new Date(),
        private: true,
      },
    });
    const read = (who: Who) => api(who).worksheets.submission({ submissionId: entry.id });
    expect(await read("therapistX")).toMatchObject({ private: true, fields: [], answers: {} });
    expect(await codeOf(read("therapistY"))).toBe("NOT_FOUND");
    expect(await codeOf(read("therapistZ"))).toBe("NOT_FOUND");

    await api("clientA").worksheets.share({ submissionId: entry.id });
    const shared = await read("therapistX");
    expect(shared.answers).toMatchObject({ situation: "Kept to myself" });
    expect(shared.fields.length).toBeGreaterThan(0);
    expect(await codeOf(read("therapistY"))).toBe("NOT_FOUND");
    expect(await codeOf(read("therapistZ"))).toBe("NOT_FOUND");
  });

  test("templates.list: X's own templates reach X only", async () => {
    const xOwn = [fixtures.templates.xOwn, fixtures.templates.xArchivable];
    const seen = async (who: Who) => idsOf((await api(who).templates.list({ limit: 50 })).items);
    expect(await seen("therapistX")).toEqual(expect.arrayContaining(xOwn));
    for (const who of ["therapistY", "therapistZ"] as const) {
      const rows = (await api(who).templates.list({ limit: 50 })).items;
      expect(idsOf(rows)).not.toEqual(expect.arrayContaining([xOwn[0]]));
      expect(rows.every((t) => t.isBuiltin)).toBe(true);
    }
  });

  test("invitations.list: X's invitation reaches X only", async () => {
    const seen = async (who: Who) => idsOf((await api(who).invitations.list({})).items);
    expect(await seen("therapistX")).toContain(fixtures.invitationOfX.id);
    expect(await seen("therapistY")).toEqual([]);
    expect(await seen("therapistZ")).toEqual([]);
  });
});

/** The call's outcome, and the statements the call itself sent (its input is made before). */
async function outcomeOf(path: string, testCase: Case, who: Who) {
  const f = who === "therapistZ" ? fixturesSeenByZ : fixtures;
  const caller = callerFor(f.actors[who]) as unknown as Record<
    string,
    Record<string, (i: unknown) => Promise<unknown>>
  >;
  const [namespace, name] = path.split(".") as [string, string];
  const input = await testCase.input?.(f, who);
  const { result, statements } = await queriesOf(async (): Promise<Outcome> => {
    try {
      await caller[namespace]![name]!(input);
      return "ok";
    } catch (error) {
      if (error instanceof TRPCError) return error.code;
      throw error;
    }
  });
  return { outcome: result, statements };
}

// Keyed by full path ("portal.home") at run time, though typed as nested routers.
const isQuery = (path: string) =>
  (appRouter._def.procedures as unknown as Record<string, AnyProcedure>)[path]?._def.type ===
  "query";

describe("role x procedure access", () => {
  for (const [path, testCase] of Object.entries(CASES)) {
    for (const who of Object.keys(testCase.expect) as Who[]) {
      test(`${path} as ${who} -> ${testCase.expect[who]}`, async () => {
        const { outcome, statements } = await outcomeOf(path, testCase, who);
        expect(outcome).toBe(testCase.expect[who]);
        if (isQuery(path)) expect(writesAmong(statements)).toEqual([]);
      });
    }
  }

  test("every procedure of the app is in this table", () => {
    const procedures = Object.keys(appRouter._def.procedures).sort();
    expect(Object.keys(CASES).sort()).toEqual(procedures);
    // The write check above sees the reads.
    expect(procedures.filter(isQuery)).toEqual(
      expect.arrayContaining(["portal.home", "assignments.listForClient"]),
    );
  });
});
