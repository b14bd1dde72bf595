import { expect, test } from "vitest";
import { db } from "~/server/db";
import {
  callerFor,
  createAssignmentRow,
  createClient,
  createTherapist,
  linkClient,
  signedIn,
} from "../../../tests/integration/factories";
import { deliverQueuedMail } from "../../../tests/integration/mail";
import { DIGEST_SUBJECT } from "./emails/digest-email";
import { DIGEST_HOUR, queueDigests } from "./mutations/digests";

/**
 * A zone where it is the summary hour now (whole-hour offsets, Etc/GMT's signs are reversed):
 * the queue compares its run time with the outbox's own clock.
 */
function zoneWhereItIs(hour: number, now = new Date()): string {
  let offset = hour - now.getUTCHours();
  if (offset < -12) offset += 24;
  if (offset > 14) offset -= 24;
  return offset === 0 ? "Etc/GMT" : `Etc/GMT${offset > 0 ? "-" : "+"}${Math.abs(offset)}`;
}
const MORNING = zoneWhereItIs(DIGEST_HOUR);
const LATER = zoneWhereItIs(DIGEST_HOUR + 1);

const digestsTo = (therapistId: string) =>
  db.outboxEmail.findMany({ where: { recipientId: therapistId, kind: "digest" } });

/** A therapist with one client, one new flag and one submission waiting. */
async function busyTherapist(timeZone: string) {
  const therapist = await createTherapist({ timeZone });
  const client = await createClient({ name: "Quinn Private" });
  await linkClient(therapist.id, client.id);
  await db.flag.create({
    data: {
      clientId: client.id,
      therapistId: therapist.id,
      kind: "HIGH_DISTRESS",
      reason: "distress stayed at 80 after step 2 on 6 Dec",
    },
  });
  const work = await createAssignmentRow({
    therapistId: therapist.id,
    clientId: client.id,
    builtinKey: "small-victories",
    dueDates: [new Date(Date.now() - 86_400_000)],
  });
  await db.submission.create({
    data: {
      occurrenceId: work.occurrences[0]!.id,
      clientId: client.id,
      content: {},
      answers: { what_i_did: "Told Sam the truth" },
      status: "SUBMITTED",
      submittedAt: new Date(),
    },
  });
  return { therapist, client };
}

test("the morning summary counts new flags and waiting work, names no one, and comes once a day", async () => {
  const { therapist, client } = await busyTherapist(MORNING);
  await queueDigests(new Date());
  // A repeated run queues nothing more.
  await queueDigests(new Date());
  expect(await digestsTo(therapist.id)).toHaveLength(1);

  const server = await deliverQueuedMail();
  const [mail] = server.to(therapist.email);
  expect(mail?.subject).toBe(DIGEST_SUBJECT);
  expect(mail?.text).toContain("1 new flag raised");
  expect(mail?.text).toContain("1 item with neither feedback");
  expect(mail?.text).toMatch(/http:\/\/localhost:\d+\/therapist\b/);
  for (const secret of [client.name, "Quinn", client.email, "Told Sam", "distress stayed"]) {
    expect(mail?.text).not.toContain(secret);
    expect(mail?.html).not.toContain(secret);
  }
});

test("not at another hour, not when turned off, and nothing sent when there is nothing new", async () => {
  const later = await busyTherapist(LATER);
  await queueDigests(new Date());
  expect(await digestsTo(later.therapist.id)).toHaveLength(0);

  const { therapist } = await busyTherapist(MORNING);

  const api = callerFor(await signedIn(therapist));
  await api.account.updateDigestPrefs({ digestOn: false });
  expect(await api.account.digestPrefs()).toEqual({ digestOn: false });
  await queueDigests(new Date());
  expect(await digestsTo(therapist.id)).toHaveLength(0);

  // On, but a quiet caseload: queued, then skipped when there is nothing to tell.
  const quiet = await createTherapist({ timeZone: MORNING });
  await queueDigests(new Date());
  const server = await deliverQueuedMail();
  expect(await digestsTo(quiet.id)).toMatchObject([{ status: "SKIPPED" }]);
  expect(server.to(quiet.email)).toEqual([]);
});
