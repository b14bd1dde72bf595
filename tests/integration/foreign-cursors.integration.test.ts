import { randomBytes } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, test } from "vitest";
import { z, ZodError } from "zod";
import { encodeCursor, type TCursor } from "~/lib/cursor";
import type { TActor } from "~/server/auth/actor";
import { db } from "~/server/db";
import { AppError } from "~/server/errors";
import {
  callerFor,
  createAssignmentRow,
  createClient,
  createTherapist,
  linkClient,
  signedIn,
} from "./factories";

/**
 * A cursor must not tell anyone whether another person's row exists or where it sorts. Prisma's
 * `cursor: { id }` looked the id up without the reader's scope, so therapist X handing in
 * therapist Y's row id got X's rows after Y's row, and an id of nothing got an empty page. Every
 * paged procedure is in this table: X (or X's client A) reads their own list with a cursor from
 * Y's side (Y's client B), and the answer must not depend on Y's rows.
 */

const now = Date.now();
const minutesAgo = (n: number) => new Date(now - n * 60_000);
const daysAhead = (n: number) => new Date(now + n * 86_400_000);
/** When X's rows are made (Y's at 20 minutes ago): newest first, one before Y's, two after. */
const X_TIMES = [10, 30, 40].map(minutesAgo);
const STEP = "share-a-preference";
const SMALL_VICTORIES = { what_i_did: "a", why_it_mattered: "b", celebrate: "c" };

type TApi = ReturnType<typeof callerFor>;
type TPageOf = { items: unknown[]; nextCursor: string | null };
type TList = {
  reader: "therapistX" | "clientA";
  read: (api: TApi, cursor: string | undefined) => Promise<TPageOf>;
  /** The row from Y's (or B's) side: its id, and its keys in this list's order. */
  foreign: () => Promise<{ id: string; keys: TCursor }>;
};

let actors: { therapistX: TActor; clientA: TActor };
let ids: {
  therapistY: string;
  clientB: string;
  clientA: string;
  dueDatesOfX: string;
  ladderOfX: string;
};
/** Y's (or B's) row in each list. */
const rowOfY: Record<string, string> = {};

const token = () => randomBytes(16).toString("hex");

beforeAll(async () => {
  const [therapistX, therapistY, clientA, clientB] = await Promise.all([
    createTherapist(),
    createTherapist(),
    createClient({ name: "Ann Alder" }),
    createClient({ name: "Max Moser" }),
  ]);
  const others = await Promise.all(
    ["Yan Young", "Zoe Zimmer"].map((name) => createClient({ name })),
  );
  await Promise.all([
    linkClient(therapistX.id, clientA.id),
    ...others.map((c) => linkClient(therapistX.id, c.id)),
    linkClient(therapistY.id, clientB.id),
  ]);
  rowOfY.caseload = clientB.id;

  // Each list gets a row of Y's (or B's) with one of X's (or A's) before it and two after it:
  // `skip: 1` took the first of those for the cursor row itself.
  const invitation = (therapistId: string, at: Date) =>
    db.invitation.create({
      data: {
        therapistId,
        email: `${token()}@example.test`,
        name: "Invited",
        tokenHash: token(),
        expiresAt: daysAhead(7),
        createdAt: at,
      },
    });
  for (const at of X_TIMES) await invitation(therapistX.id, at);
  rowOfY.invitations = (await invitation(therapistY.id, minutesAgo(20))).id;

  // Worksheets due in the coming days, and given at different times.
  const worksheet = async (therapistId: string, clientId: string, at: Date, dueDates: Date[]) => {
    const row = await createAssignmentRow({
      therapistId,
      clientId,
      builtinKey: "small-victories",
      dueDates,
    });
    await db.assignment.update({ where: { id: row.id }, data: { createdAt: at } });
    return row;
  };
  const dueOfX = await worksheet(therapistX.id, clientA.id, minutesAgo(30), [
    daysAhead(1),
    daysAhead(2),
    daysAhead(4),
    daysAhead(5),
  ]);
  await worksheet(therapistX.id, clientA.id, minutesAgo(10), []);
  await worksheet(therapistX.id, clientA.id, minutesAgo(40), []);
  const dueOfY = await worksheet(therapistY.id, clientB.id, minutesAgo(20), [daysAhead(3)]);
  rowOfY.assignments = dueOfY.id;
  rowOfY.occurrences = dueOfY.occurrences[0]!.id;

  // Worksheets handed in, each with a piece of feedback the client has not seen.
  const submitted = async (therapistId: string, clientId: string, at: Date) => {
    const homework = await createAssignmentRow({
      therapistId,
      clientId,
      builtinKey: "small-victories",
      dueDates: [minutesAgo(60 * 24 + 1)],
    });
    const submission = await db.submission.create({
      data: {
        occurrenceId: homework.occurrences[0]!.id,
        clientId,
        content: homework.content ?? {},
        answers: SMALL_VICTORIES,
        status: "SUBMITTED",
        submittedAt: at,
      },
    });
    const feedback = await db.feedback.create({
      data: { submissionId: submission.id, authorId: therapistId, clientId, body: "Well done" },
    });
    await db.feedback.update({ where: { id: feedback.id }, data: { createdAt: at } });
    return { submission, feedback };
  };
  for (const at of X_TIMES) await submitted(therapistX.id, clientA.id, at);
  const ofY = await submitted(therapistY.id, clientB.id, minutesAgo(20));
  rowOfY.submissions = ofY.submission.id;
  rowOfY.feedback = ofY.feedback.id;

  // Ladders, each with attempts started on the same step.
  const ladder = async (therapistId: string, clientId: string, at: Date, attempts: Date[]) => {
    const row = await createAssignmentRow({
      therapistId,
      clientId,
      builtinKey: "trust-ladder",
      dueDates: [],
    });
    await db.assignment.update({ where: { id: row.id }, data: { createdAt: at } });
    const started = [];
    for (const startedAt of attempts) {
      started.push(
        await db.stepAttempt.create({
          data: {
            assignmentId: row.id,
            stepId: STEP,
            clientId,
            prediction: "p",
            predictionConfidence: 50,
            distressBefore: 50,
            startedAt,
          },
        }),
      );
    }
    return { ladder: row, attempts: started };
  };
  const ladderOfX = await ladder(therapistX.id, clientA.id, minutesAgo(35), X_TIMES);
  await ladder(therapistX.id, clientA.id, minutesAgo(5), []);
  await ladder(therapistX.id, clientA.id, minutesAgo(45), []);
  const ladderOfY = await ladder(therapistY.id, clientB.id, minutesAgo(15), [minutesAgo(20)]);
  rowOfY.ladders = ladderOfY.ladder.id;
  rowOfY.attempts = ladderOfY.attempts[0]!.id;

  // Own templates, last edited at different times.
  const template = async (ownerId: string, at: Date) => {
    const row = await db.template.create({
      data: {
        ownerId,
        kind: "WORKSHEET",
        title: "Own sheet",
        summary: "",
        body: { fields: [{ id: "q", type: "short_text", label: "What?", required: true }] },
      },
    });
    await db.template.update({ where: { id: row.id }, data: { updatedAt: at } });
    return row;
  };
  for (const at of X_TIMES) await template(therapistX.id, at);
  rowOfY.templates = (await template(therapistY.id, minutesAgo(20))).id;

  actors = { therapistX: await signedIn(therapistX), clientA: await signedIn(clientA) };
  ids = {
    therapistY: therapistY.id,
    clientB: clientB.id,
    clientA: clientA.id,
    dueDatesOfX: dueOfX.id,
    ladderOfX: ladderOfX.ladder.id,
  };
});

const createdKeys = async (find: () => Promise<{ createdAt: Date; id: string }>) => {
  const row = await find();
  return { id: row.id, keys: [row.createdAt, row.id] };
};

const LISTS: Record<string, TList> = {
  "clients.list": {
    reader: "therapistX",
    read: (api, cursor) => api.clients.list({ cursor }),
    foreign: async () => {
      const b = await db.user.findUniqueOrThrow({ where: { id: rowOfY.caseload } });
      // The caseload's order: flagged, items waiting, name, id (B is neither flagged nor waiting).
      return { id: b.id, keys: [false, 0, b.name, b.id] };
    },
  },
  "invitations.list": {
    reader: "therapistX",
    read: (api, cursor) => api.invitations.list({ cursor }),
    foreign: () =>
      createdKeys(() => db.invitation.findUniqueOrThrow({ where: { id: rowOfY.invitations } })),
  },
  "assignments.listForClient": {
    reader: "therapistX",
    read: (api, cursor) =>
      api.assignments.listForClient({ clientId: ids.clientA, status: "ACTIVE", cursor }),
    foreign: () =>
      createdKeys(() => db.assignment.findUniqueOrThrow({ where: { id: rowOfY.assignments } })),
  },
  "assignments.dueDates": {
    reader: "therapistX",
    read: (api, cursor) => api.assignments.dueDates({ assignmentId: ids.dueDatesOfX, cursor }),
    foreign: async () => {
      const o = await db.occurrence.findUniqueOrThrow({ where: { id: rowOfY.occurrences } });
      return { id: o.id, keys: [o.dueAt, o.id] };
    },
  },
  "worksheets.recentSubmissions": {
    reader: "therapistX",
    read: (api, cursor) => api.worksheets.recentSubmissions({ cursor }),
    foreign: async () => {
      const s = await db.submission.findUniqueOrThrow({ where: { id: rowOfY.submissions } });
      return { id: s.id, keys: [s.submittedAt!, s.id] };
    },
  },
  "ladder.stepAttempts": {
    reader: "therapistX",
    read: (api, cursor) =>
      api.ladder.stepAttempts({ assignmentId: ids.ladderOfX, stepId: STEP, cursor }),
    foreign: async () => {
      const a = await db.stepAttempt.findUniqueOrThrow({ where: { id: rowOfY.attempts } });
      return { id: a.id, keys: [a.startedAt, a.id] };
    },
  },
  "templates.list": {
    reader: "therapistX",
    read: (api, cursor) => api.templates.list({ cursor }),
    foreign: async () => {
      const t = await db.template.findUniqueOrThrow({ where: { id: rowOfY.templates } });
      return { id: t.id, keys: [t.libraryOrder, t.updatedAt, t.id] };
    },
  },
  "feedback.listNew": {
    reader: "clientA",
    read: (api, cursor) => api.feedback.listNew({ cursor }),
    foreign: () =>
      createdKeys(() => db.feedback.findUniqueOrThrow({ where: { id: rowOfY.feedback } })),
  },
  "portal.section": {
    reader: "clientA",
    read: (api, cursor) => api.portal.section({ section: "upcoming", cursor }),
    foreign: async () => {
      const o = await db.occurrence.findUniqueOrThrow({ where: { id: rowOfY.occurrences } });
      return { id: o.id, keys: [o.dueAt, o.id] };
    },
  },
  "portal.done": {
    reader: "clientA",
    read: (api, cursor) => api.portal.done({ cursor }),
    foreign: async () => {
      const s = await db.submission.findUniqueOrThrow({ where: { id: rowOfY.submissions } });
      return { id: s.id, keys: [s.submittedAt!, s.id] };
    },
  },
  "portal.ladders": {
    reader: "clientA",
    read: (api, cursor) => api.portal.ladders({ cursor }),
    foreign: () =>
      createdKeys(() => db.assignment.findUniqueOrThrow({ where: { id: rowOfY.ladders } })),
  },
};

/** A call's result, or its refusal as a person would see it: code, sentence, field errors. */
async function answerOf(call: Promise<TPageOf>) {
  try {
    return { page: await call };
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    const cause = error.cause;
    return {
      code: error.code,
      fieldErrors:
        cause instanceof ZodError
          ? z.flattenError(cause).fieldErrors
          : cause instanceof AppError
            ? cause.fieldErrors
            : cause?.message,
    };
  }
}

const read = (list: TList, cursor: string | undefined) =>
  answerOf(list.read(callerFor(actors[list.reader]), cursor));

/** An id like Prisma's that names no row. */
const idOfNothing = () => `cm${randomBytes(12).toString("hex").slice(0, 23)}`;

describe("another person's row id, the old cursor, is refused exactly like an id of nothing", () => {
  test.each(Object.entries(LISTS))("%s", async (_name, list) => {
    const { id } = await list.foreign();
    const withTheirId = await read(list, id);
    expect(withTheirId).toEqual(await read(list, idOfNothing()));
    expect(withTheirId).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { cursor: [expect.any(String)] },
    });
  });
});

test("a cursor made from another person's row continues the list after its values alone", async () => {
  const lists = Object.entries(LISTS);
  const cursors = new Map<string, string>();
  const before = new Map<string, unknown>();
  for (const [name, list] of lists) {
    cursors.set(name, encodeCursor((await list.foreign()).keys));
    const answer = await read(list, cursors.get(name));
    // Some of X's (or A's) rows sort after Y's: the page is not empty, so the check below bites.
    expect((answer as { page?: TPageOf }).page?.items.length, name).toBeGreaterThan(0);
    before.set(name, answer);
  }
  await db.user.deleteMany({ where: { id: { in: [ids.therapistY, ids.clientB] } } });
  for (const [name, list] of lists) {
    expect(await read(list, cursors.get(name)), name).toEqual(before.get(name));
  }
});

test("a cursor of another list is refused with the same sentence on the cursor field", async () => {
  const templatesCursor = encodeCursor([1000, new Date(), idOfNothing()]);
  const answer = await read(LISTS["clients.list"]!, templatesCursor);
  expect(answer).toEqual(await read(LISTS["clients.list"]!, "not-a-cursor"));
});
