import { beforeEach, describe, expect, test } from "vitest";
import { createAssignedPair, createTherapist } from "../../tests/integration/factories";
import {
  blockedBy,
  pausedTransaction,
  sqlStateOf,
  transaction,
} from "../../tests/integration/lock-waits";
import type { Prisma } from "./db";
import { lockAssignment, lockClientOccurrence, lockFutureOccurrences, lockPlanning } from "./locks";

type Step = (tx: Prisma.TransactionClient) => Promise<unknown>;

/** A worksheet given to a client, with one occurrence due tomorrow. */
let homework: { id: string; therapistId: string; clientId: string; occurrenceId: string };

beforeEach(async () => {
  const { assignment } = await createAssignedPair({ builtinKey: "small-victories" });
  homework = { ...assignment, occurrenceId: assignment.occurrences[0]!.id };
});

// The locks of a submit (its occurrence, then the assignment when it completes it) and of a
// schedule edit (the planning lock, the occurrences it moves, then the assignment row).
const occurrence: Step = (tx) =>
  lockClientOccurrence(tx, {
    id: homework.occurrenceId,
    clientId: homework.clientId,
    kind: "WORKSHEET",
  });
const planning: Step = (tx) => lockPlanning(tx, homework);
const futureOccurrences: Step = (tx) =>
  lockFutureOccurrences(tx, homework.id, { after: new Date(), openToo: false });
const assignmentRow: Step = (tx) => lockAssignment(tx, homework.id);

/**
 * The submit takes its occurrence and stops; the edit takes `editLocks` one by one until it
 * waits for that occurrence; only then does the submit go on to lock the assignment row.
 */
async function submitMeetsEdit(editLocks: Step[]) {
  const submit = await pausedTransaction(occurrence, assignmentRow);
  const edit = transaction(async (tx) => {
    for (const lock of editLocks) await lock(tx);
  });
  await blockedBy(await edit.pid, submit.pid);
  submit.resume();
  return Promise.allSettled([submit.done, edit.done]);
}

describe("the lock order", () => {
  test("an edit that meets a submit waits for it, and both commit", async () => {
    const outcomes = await submitMeetsEdit([planning, futureOccurrences, assignmentRow]);
    expect(outcomes.map((o) => o.status)).toEqual(["fulfilled", "fulfilled"]);
  });

  test("out of order (the assignment row before the occurrences) the same meeting deadlocks", async () => {
    const outcomes = await submitMeetsEdit([planning, assignmentRow, futureOccurrences]);
    const failed = outcomes.filter((o) => o.status === "rejected");
    expect(failed).toHaveLength(1);
    expect(sqlStateOf(failed[0]!.reason)).toBe("40P01");
  });
});

test("another therapist neither gets nor waits for an assignment's planning lock", async () => {
  const other = await createTherapist();
  const owner = await pausedTransaction(planning, async () => {});
  const attempt = transaction(async (tx) => {
    // Waiting would end in an error here instead of the refusal.
    await tx.$executeRaw`SET LOCAL lock_timeout = '2s'`;
    expect(await lockPlanning(tx, { id: homework.id, therapistId: other.id })).toBe(false);
  });
  await attempt.done;
  owner.resume();
  await owner.done;
});
