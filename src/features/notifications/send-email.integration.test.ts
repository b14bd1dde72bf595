import { describe, expect, test } from "vitest";
import { db } from "~/server/db";
import { createMailer } from "~/server/email/mailer";
import { runDueJobs, startWorkers } from "~/server/worker";
import { callerFor, createTherapist, signedIn } from "../../../tests/integration/factories";
import { deliverQueuedMail, mailServer, startMailServer } from "../../../tests/integration/mail";

const uniq = (p: string) => `${p}-${Math.random().toString(36).slice(2, 9)}@example.test`;

async function therapistApi() {
  return callerFor(await signedIn(await createTherapist({ name: "Tess Therapist" })));
}

/** Time passes for the queue: retries waiting for their backoff are due now. */
const makeRetriesDue = () =>
  db.$executeRaw`UPDATE graphile_worker._private_jobs SET run_at = now() WHERE locked_at IS NULL`;

const jobsLeft = async () =>
  Number(
    (
      await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM graphile_worker._private_jobs`
    )[0]!.n,
  );

async function waitFor(check: () => Promise<boolean>, what: string) {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe("sending the outbox", () => {
  test("an address the mail server refuses marks the invitation failed with the reason, once", async () => {
    const api = await therapistApi();
    const email = uniq("nobody");
    (await mailServer()).refuse(email, "5.1.1 No such mailbox here");
    const { invitationId } = await api.invitations.create({ email, name: "Nobody" });
    await deliverQueuedMail();

    const [entry] = (await api.invitations.list({})).items;
    expect(entry).toMatchObject({ id: invitationId, status: "pending" });
    expect(entry?.delivery).toMatchObject({
      state: "failed",
      error: expect.stringContaining("No such mailbox here"),
    });
    // A refusal is final: no job is left to try again.
    expect(await jobsLeft()).toBe(0);
    expect((await mailServer()).to(email)).toEqual([]);
  });

  test("while SMTP is down the email waits and says why; once it is up it arrives once", async () => {
    const api = await therapistApi();
    const email = uniq("patient");
    const closed = await startMailServer();
    await closed.close();
    const unreachable = createMailer(closed.url);
    await api.invitations.create({ email, name: "Pat" });

    await runDueJobs(unreachable);
    unreachable.close();
    const waiting = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: email } });
    expect(waiting).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(waiting.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect((await api.invitations.list({})).items[0]?.delivery).toMatchObject({
      state: "queued",
      error: expect.stringMatching(/ECONNREFUSED|connect/i),
    });
    expect(await jobsLeft()).toBe(1);

    await makeRetriesDue();
    const server = await deliverQueuedMail();
    await makeRetriesDue();
    await deliverQueuedMail();
    expect(server.to(email)).toHaveLength(1);
    expect(await db.outboxEmail.findFirstOrThrow({ where: { toAddress: email } })).toMatchObject({
      status: "SENT",
      attempts: 2,
      lastError: null,
    });
    expect(await jobsLeft()).toBe(0);
  });

  test("two workers on one database send each email exactly once", async () => {
    const api = await therapistApi();
    const emails = Array.from({ length: 30 }, (_, i) => uniq(`pair${i}`));
    for (const email of emails) await api.invitations.create({ email, name: "Twin" });
    const server = await startMailServer();
    const mailer = createMailer(server.url);
    const workers = await Promise.all([
      startWorkers({ planAheadMinutes: 60, mailer, concurrency: 4 }),
      startWorkers({ planAheadMinutes: 60, mailer, concurrency: 4 }),
    ]);
    try {
      await waitFor(
        async () =>
          (await db.outboxEmail.count({ where: { toAddress: { in: emails }, status: "SENT" } })) ===
          30,
        "all 30 invitations sent",
      );
    } finally {
      await Promise.all(workers.map((w) => w.stop()));
      mailer.close();
      await server.close();
    }
    const delivered = server.received.filter((m) => emails.includes(m.envelopeTo[0]!));
    expect(delivered).toHaveLength(30);
    expect(new Set(delivered.map((m) => m.messageId)).size).toBe(30);
    expect(new Set(delivered.map((m) => m.envelopeTo[0])).size).toBe(30);
  });

  test("every email has a plain-text part and a Message-ID made from its outbox row", async () => {
    const api = await therapistApi();
    const email = uniq("plain");
    await api.invitations.create({ email, name: "Plain" });
    const [mail] = (await deliverQueuedMail()).to(email);
    const row = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: email } });
    expect(mail?.messageId).toBe(`<${row.id}@localhost>`);
    expect(mail?.text).toContain("Accept the invitation");
    expect(mail?.text).not.toContain("<");
    expect(mail?.html).toContain("<html");
    expect(row.subject).toBe("You're invited to Trust Steps");
  });
});
