import { beforeAll, describe, expect, test } from "vitest";
import { db } from "~/server/db";
import {
  callerFor,
  createAssignmentRow,
  createClient,
  createTherapist,
  linkClient,
  signedIn,
} from "../../../tests/integration/factories";
import { readAllPages } from "../../../tests/integration/paging";
import { codeOf } from "../../../tests/integration/trpc-outcome";
import { SUBMISSIONS_PAGE_SIZE } from "./schema";

const DAY = 86_400_000;
const sameMoment = new Date(Date.now() - DAY);

/** `count` submitted worksheets of `client` for `therapist`; every other one at the same moment. */
async function submitted(therapistId: string, clientId: string, count: number) {
  const homework = await createAssignmentRow({
    therapistId,
    clientId,
    builtinKey: "small-victories",
    dueDates: Array.from({ length: count }, (_, i) => new Date(Date.now() - (i + 2) * DAY)),
  });
  await db.submission.createMany({
    data: homework.occurrences.map((o, i) => ({
      occurrenceId: o.id,
      clientId,
      content: homework.content ?? {},
      status: "SUBMITTED" as const,
      submittedAt: i % 2 ? sameMoment : o.dueAt,
    })),
  });
  // A draft stays private: it is never listed.
  const draft = await createAssignmentRow({ therapistId, clientId, builtinKey: "small-victories" });
  await db.submission.create({
    data: { occurrenceId: draft.occurrences[0]!.id, clientId, content: {}, status: "DRAFT" },
  });
}

let ids: { sam: string; bo: string; archived: string };
let api: ReturnType<typeof callerFor>;
let other: ReturnType<typeof callerFor>;

beforeAll(async () => {
  const [therapist, colleague] = await Promise.all([createTherapist(), createTherapist()]);
  const [sam, bo, archived] = await Promise.all([
    createClient({ name: "Sam Rivera" }),
    createClient({ name: "Bo Lee" }),
    createClient({ name: "Ari Archived" }),
  ]);
  await linkClient(therapist.id, sam.id);
  await linkClient(therapist.id, bo.id);
  await linkClient(therapist.id, archived.id, "ARCHIVED");
  await linkClient(colleague.id, sam.id);
  await submitted(therapist.id, sam.id, SUBMISSIONS_PAGE_SIZE + 5);
  await submitted(therapist.id, bo.id, 3);
  await submitted(therapist.id, archived.id, 2);
  // Sam's homework from another therapist is not this therapist's to read.
  await submitted(colleague.id, sam.id, 2);
  ids = { sam: sam.id, bo: bo.id, archived: archived.id };
  api = callerFor(await signedIn(therapist));
  other = callerFor(await signedIn(colleague));
});

describe("the submissions list", () => {
  test("pages through every linked client's submissions, newest first, none twice", async () => {
    const pages = await readAllPages(
      (cursor) => api.worksheets.recentSubmissions({ cursor }),
      (s) => s.id,
      SUBMISSIONS_PAGE_SIZE,
    );
    expect(pages.map((p) => p.length)).toEqual([SUBMISSIONS_PAGE_SIZE, 8]);
    const times = pages.flat().map((s) => s.submittedAt.getTime());
    expect(times).toEqual(times.toSorted((a, b) => b - a));
    expect(new Set(pages.flat().map((s) => s.clientName))).toEqual(
      new Set(["Sam Rivera", "Bo Lee"]),
    );
  });

  test("filtered by client: that client's submissions only, to the end", async () => {
    const first = await api.worksheets.recentSubmissions({ clientId: ids.sam });
    expect(first.client).toEqual({ id: ids.sam, name: "Sam Rivera" });
    const pages = await readAllPages(
      (cursor) => api.worksheets.recentSubmissions({ clientId: ids.sam, cursor }),
      (s) => s.id,
      SUBMISSIONS_PAGE_SIZE,
    );
    expect(pages.map((p) => p.length)).toEqual([SUBMISSIONS_PAGE_SIZE, 5]);
    expect(pages.flat().every((s) => s.clientName === "Sam Rivera")).toBe(true);
  });

  test("a client without an ACTIVE link to me is not found", async () => {
    expect(await codeOf(api.worksheets.recentSubmissions({ clientId: ids.archived }))).toBe(
      "NOT_FOUND",
    );
    expect(await codeOf(other.worksheets.recentSubmissions({ clientId: ids.bo }))).toBe(
      "NOT_FOUND",
    );
    // The colleague shares Sam, but sees only the homework they gave.
    const theirs = await other.worksheets.recentSubmissions({ clientId: ids.sam });
    expect(theirs.items).toHaveLength(2);
  });
});
