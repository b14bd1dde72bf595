import { expect, test } from "vitest";
import { db } from "~/server/db";
import {
  callerFor,
  createAssignmentRow,
  createLinkedPair,
  createTherapist,
  linkClient,
  signedIn,
} from "../../../tests/integration/factories";
import { readAllPages } from "../../../tests/integration/paging";
import { codeOf } from "../../../tests/integration/trpc-outcome";
import { LIBRARY_PAGE_SIZE } from "~/features/templates/schema";
import { DUE_DATES_PAGE_SIZE } from "./schema";

const DAY = 86_400_000;

test("every due date of an assignment pages to the end, latest first, submissions linked", async () => {
  const [{ therapist, client }, colleague] = await Promise.all([
    createLinkedPair({ name: "Sam Rivera" }),
    createTherapist(),
  ]);
  await linkClient(colleague.id, client.id);
  const count = DUE_DATES_PAGE_SIZE + 7;
  const homework = await createAssignmentRow({
    therapistId: therapist.id,
    clientId: client.id,
    builtinKey: "small-victories",
    dueDates: Array.from({ length: count }, (_, i) => new Date(Date.now() - (count - i) * DAY)),
  });
  // The oldest one was submitted: far past the 21 chips of the client page, still reachable.
  const oldest = homework.occurrences[0]!;
  const submission = await db.submission.create({
    data: { occurrenceId: oldest.id, clientId: client.id, content: {}, status: "SUBMITTED" },
  });
  const api = callerFor(await signedIn(therapist));

  const pages = await readAllPages(
    (cursor) => api.assignments.dueDates({ assignmentId: homework.id, cursor }),
    (o) => o.id,
    DUE_DATES_PAGE_SIZE,
  );
  expect(pages.map((p) => p.length)).toEqual([DUE_DATES_PAGE_SIZE, 7]);
  const all = pages.flat();
  expect(all.map((o) => o.dueAt.getTime())).toEqual(
    homework.occurrences.map((o) => o.dueAt.getTime()).toReversed(),
  );
  expect(all.at(-1)).toMatchObject({ id: oldest.id, submissionId: submission.id });
  const first = await api.assignments.dueDates({ assignmentId: homework.id });
  expect(first.assignment).toMatchObject({ title: homework.title, client: { id: client.id } });

  // Another therapist of the same client does not reach homework they did not give.
  const theirs = callerFor(await signedIn(colleague));
  expect(await codeOf(theirs.assignments.dueDates({ assignmentId: homework.id }))).toBe(
    "NOT_FOUND",
  );
});

test("the client page pages through one status tab to its end", async () => {
  const { therapist, client } = await createLinkedPair();
  const ids: string[] = [];
  for (let i = 0; i < 13; i++) {
    const a = await createAssignmentRow({
      therapistId: therapist.id,
      clientId: client.id,
      builtinKey: "small-victories",
    });
    ids.push(a.id);
  }
  await db.assignment.update({ where: { id: ids[0] }, data: { status: "ENDED" } });
  const api = callerFor(await signedIn(therapist));
  const pages = await readAllPages(
    (cursor) => api.assignments.listForClient({ clientId: client.id, status: "ACTIVE", cursor }),
    (a) => a.id,
    10,
  );
  expect(pages.map((p) => p.length)).toEqual([10, 2]);
  expect(new Set(pages.flat().map((a) => a.id))).toEqual(new Set(ids.slice(1)));
});

test("the template picker finds every match of a search, past the first page", async () => {
  const therapist = await createTherapist();
  const count = LIBRARY_PAGE_SIZE * 2 + 3;
  await db.template.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      ownerId: therapist.id,
      kind: "WORKSHEET" as const,
      title: `Evening check ${i}`,
      summary: "",
      body: { fields: [{ id: "q", type: "short_text", label: "What happened?", required: true }] },
    })),
  });
  const api = callerFor(await signedIn(therapist));
  const pages = await readAllPages(
    (cursor) => api.templates.list({ search: "evening check", cursor }),
    (t) => t.id,
    LIBRARY_PAGE_SIZE,
  );
  expect(pages.flat()).toHaveLength(count);
});
