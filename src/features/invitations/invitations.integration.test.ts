import { describe, expect, test } from "vitest";
import { createInnerContext } from "~/server/context";
import { PRIVACY_NOTICE } from "~/lib/notices";
import { db } from "~/server/db";
import { createCaller } from "~/server/root";
import {
  callerFor,
  createClient,
  createTherapist,
  linkClient,
  signedIn,
} from "../../../tests/integration/factories";
import { deliverQueuedMail, invitationTokenSentTo } from "../../../tests/integration/mail";
import { readAllPages } from "../../../tests/integration/paging";
import { codeOf } from "../../../tests/integration/trpc-outcome";
import { INVITATION_DAYS } from "./constants";
import { INVITATIONS_PAGE_SIZE } from "./schema";

const PASSWORD = "a calm long passphrase";
const anon = () => callerFor(null);
const uniq = (p: string) => `${p}-${Math.random().toString(36).slice(2, 9)}@example.test`;

async function inviting() {
  const therapist = await createTherapist({ name: "Tess Therapist" });
  return { therapist, api: callerFor(await signedIn(therapist)) };
}

describe("invitations", () => {
  test("the link goes only by email, stored only as a hash; accepting makes a linked client in one go", async () => {
    const { api } = await inviting();
    const email = uniq("New.Person");
    const created = await api.invitations.create({ email, name: "New Person" });
    expect(created).not.toHaveProperty("acceptUrl");
    const queued = await api.invitations.list({});
    expect(queued.items[0]?.delivery).toMatchObject({ state: "queued", error: null });

    const token = await invitationTokenSentTo(email);
    const sent = (await deliverQueuedMail()).to(email).at(-1)!;
    expect(sent.text).toContain(`http://localhost:3000/invite/${token}`);
    expect(sent.subject).toBe("You're invited to Trust Steps");
    expect(sent.text).toContain("Tess Therapist has invited you");
    expect(sent.html).toContain(`href="http://localhost:3000/invite/${token}"`);
    expect((await api.invitations.list({})).items[0]?.delivery).toMatchObject({ state: "sent" });
    const row = await db.invitation.findUniqueOrThrow({ where: { id: created.invitationId } });
    expect(row.tokenHash).not.toBeNull();
    expect(row.tokenHash).not.toContain(token);
    const outbox = await db.outboxEmail.findFirstOrThrow({ where: { invitationId: row.id } });
    expect(JSON.stringify(outbox.payload)).not.toContain(token);
    expect(row.email).toBe(email.toLowerCase());
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeGreaterThan(6.9 * 86_400_000);

    const view = await anon().invitations.getByToken({ token });
    expect(view).toEqual({
      status: "pending",
      therapistName: "Tess Therapist",
      email: email.toLowerCase(),
      name: expect.any(String),
    });

    const nina = {
      token,
      name: "Nina New",
      timeZone: "America/New_York",
      password: PASSWORD,
      acceptsNotice: true as const,
    };
    // Not without agreeing to the privacy notice the page shows.
    const { acceptsNotice: _agreed, ...withoutConsent } = nina;
    expect(await codeOf(anon().invitations.accept(withoutConsent as typeof nina))).toBe(
      "BAD_REQUEST",
    );
    await anon().invitations.accept(nina);
    const user = await db.user.findUniqueOrThrow({
      where: { email: email.toLowerCase() },
      include: { consents: true },
    });
    expect(user).toMatchObject({ role: "CLIENT", name: "Nina New", timeZone: "America/New_York" });
    expect(user.consents).toEqual([
      expect.objectContaining({ document: "PRIVACY_NOTICE", version: PRIVACY_NOTICE.version }),
    ]);
    const caseload = await api.clients.list();
    expect(caseload.items.map((c) => c.clientId)).toEqual([user.id]);
    expect((await api.invitations.list({})).items[0]?.status).toBe("accepted");

    // Used once: a second accept is refused and creates nothing.
    expect(
      await codeOf(
        anon().invitations.accept({
          token,
          name: "X",
          timeZone: "UTC",
          password: PASSWORD,
          acceptsNotice: true,
        }),
      ),
    ).toBe("BAD_REQUEST");
    expect(await anon().invitations.getByToken({ token })).toMatchObject({ status: "accepted" });
  });

  test("accepting is limited per address: past 20 in an hour it is refused and the invitation stays open", async () => {
    const { api } = await inviting();
    const email = uniq("limited");
    await api.invitations.create({ email, name: "Lee" });
    const token = await invitationTokenSentTo(email);
    const ip = "203.0.113.99";
    // Twenty acceptances from this address already in this hour.
    await db.rateLimit.create({
      data: { key: `invitation-accept:ip:${ip}`, count: 20, windowStart: new Date() },
    });
    const from = (address: string) => createCaller(createInnerContext(null, { ip: address }));
    const input = {
      token,
      name: "Lee",
      timeZone: "UTC",
      password: PASSWORD,
      acceptsNotice: true as const,
    };
    expect(await codeOf(from(ip).invitations.accept(input))).toBe("TOO_MANY_REQUESTS");
    expect(await anon().invitations.getByToken({ token })).toMatchObject({ status: "pending" });
    // From another address it goes through.
    await from("203.0.113.100").invitations.accept(input);
    expect(await anon().invitations.getByToken({ token })).toMatchObject({ status: "accepted" });
  });

  test("a client may accept without a password and is signed in by the one-time token", async () => {
    const { api } = await inviting();
    const email = uniq("no.password");
    await api.invitations.create({ email, name: "Pat" });
    const token = await invitationTokenSentTo(email);
    const accepted = await anon().invitations.accept({
      token,
      name: "Pat",
      timeZone: "UTC",
      password: "",
      acceptsNotice: true,
    });
    const user = await db.user.findUniqueOrThrow({ where: { email: email.toLowerCase() } });
    expect(user.passwordHash).toBeNull();
    const { signInWithLink } = await import("~/server/auth/sign-in");
    expect(await signInWithLink({ token: accepted.signInToken, ip: "203.0.113.30" })).toMatchObject(
      {
        kind: "signed-in",
        userId: user.id,
        targetPath: "/portal",
      },
    );
    expect(await signInWithLink({ token: accepted.signInToken, ip: "203.0.113.30" })).toEqual({
      kind: "refused",
    });
  });

  test("inviting the same email again refreshes the pending invitation", async () => {
    const { api } = await inviting();
    const email = uniq("again");
    const first = await api.invitations.create({ email, name: "Al" });
    const firstToken = await invitationTokenSentTo(email);
    const second = await api.invitations.create({ email, name: "Al Again" });
    expect(second.invitationId).toBe(first.invitationId);
    expect(second.resent).toBe(true);
    const secondToken = await invitationTokenSentTo(email);
    expect(secondToken).not.toBe(firstToken);
    expect(await anon().invitations.getByToken({ token: firstToken })).toEqual({
      status: "not-found",
    });
    expect((await deliverQueuedMail()).to(email).at(-1)?.text).toContain("Hello Al Again,");
    const pending = await api.invitations.list({ status: "pending" });
    expect(pending.items.map((i) => i.name)).toEqual(["Al Again"]);
  });

  test("expired and revoked invitations cannot be accepted", async () => {
    const { api } = await inviting();
    const expiredEmail = uniq("exp");
    const revokedEmail = uniq("rev");
    const expired = await api.invitations.create({ email: expiredEmail, name: "Ex" });
    const revoked = await api.invitations.create({ email: revokedEmail, name: "Rev" });
    const tokens = {
      expired: await invitationTokenSentTo(expiredEmail),
      revoked: await invitationTokenSentTo(revokedEmail),
    };
    await db.invitation.update({
      where: { id: expired.invitationId },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    await api.invitations.revoke({ invitationId: revoked.invitationId });
    await expect(
      api.invitations.revoke({ invitationId: revoked.invitationId }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("already revoked"),
    });

    for (const status of ["expired", "revoked"] as const) {
      const token = tokens[status];
      expect(await anon().invitations.getByToken({ token })).toMatchObject({ status });
      const input = {
        token,
        name: "Someone",
        timeZone: "UTC",
        password: PASSWORD,
        acceptsNotice: true as const,
      };
      expect(await codeOf(anon().invitations.accept(input))).toBe("BAD_REQUEST");
    }
    expect(await db.user.count({ where: { name: "Someone" } })).toBe(0);
    expect((await api.invitations.list({ status: "expired" })).items).toHaveLength(1);
    expect((await api.invitations.list({ status: "revoked" })).items).toHaveLength(1);
  });

  test("another therapist cannot revoke or list my invitations", async () => {
    const { api } = await inviting();
    const other = callerFor(await signedIn(await createTherapist()));
    const created = await api.invitations.create({ email: uniq("mine"), name: "Mine" });
    expect(await codeOf(other.invitations.revoke({ invitationId: created.invitationId }))).toBe(
      "NOT_FOUND",
    );
    expect((await other.invitations.list({})).items).toEqual([]);
  });

  test("an existing client is linked, not duplicated; a new-account accept is refused", async () => {
    const { therapist, api } = await inviting();
    const existing = await createClient({ name: "Eve Existing" });
    const otherTherapist = await createTherapist();
    await linkClient(otherTherapist.id, existing.id);
    const created = await api.invitations.create({ email: existing.email, name: "Eve" });
    const token = await invitationTokenSentTo(existing.email);
    expect(await anon().invitations.getByToken({ token })).not.toHaveProperty("account");

    const input = {
      token,
      name: "Eve Dup",
      timeZone: "UTC",
      password: PASSWORD,
      acceptsNotice: true as const,
    };
    expect(await codeOf(anon().invitations.accept(input))).toBe("CONFLICT");

    // Another client holding the link cannot use it.
    const stranger = callerFor(await signedIn(await createClient()));
    expect(await codeOf(stranger.invitations.acceptSignedIn({ token }))).toBe("FORBIDDEN");

    await callerFor(await signedIn(existing)).invitations.acceptSignedIn({ token });
    expect(await db.user.count({ where: { email: existing.email } })).toBe(1);
    expect(await db.careLink.count({ where: { clientId: existing.id, status: "ACTIVE" } })).toBe(2);
    expect((await api.clients.list()).items.map((c) => c.clientId)).toEqual([existing.id]);
    expect(therapist.id).not.toBe(otherTherapist.id);
    // Revoking it now says why nothing happens, instead of "does not exist".
    await expect(
      api.invitations.revoke({ invitationId: created.invitationId }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("already accepted"),
    });

    // Already on the caseload: inviting again is refused at once.
    expect(await codeOf(api.invitations.create({ email: existing.email, name: "Eve" }))).toBe(
      "CONFLICT",
    );
  });

  test("an archived link is re-activated by accepting", async () => {
    const { therapist, api } = await inviting();
    const client = await createClient();
    await linkClient(therapist.id, client.id, "ARCHIVED");
    const created = await api.invitations.create({ email: client.email, name: "Back" });
    expect(created.resent).toBe(false);
    await callerFor(await signedIn(client)).invitations.acceptSignedIn({
      token: await invitationTokenSentTo(client.email),
    });
    expect((await api.clients.list()).items.map((c) => c.clientId)).toEqual([client.id]);
  });

  test("inviting answers the same whatever account the address has", async () => {
    const { api } = await inviting();
    const colleague = await createTherapist();
    const clientElsewhere = await createClient();
    await linkClient((await createTherapist()).id, clientElsewhere.id);
    const asked = Date.now();
    const answers = await Promise.all(
      [colleague.email, clientElsewhere.email, uniq("nobody")].map((email) =>
        api.invitations.create({ email, name: "Someone" }),
      ),
    );
    const answered = Date.now();
    for (const answer of answers) {
      expect(answer).toEqual({
        invitationId: expect.any(String),
        expiresAt: expect.any(Date),
        resent: false,
      });
      // A week from the moment each was made (the three need not share a millisecond).
      const week = INVITATION_DAYS * 86_400_000;
      expect(answer.expiresAt.getTime()).toBeGreaterThanOrEqual(asked + week);
      expect(answer.expiresAt.getTime()).toBeLessThanOrEqual(answered + week);
    }
    // The pending list shows them alike too.
    const listed = (await api.invitations.list({})).items;
    expect(new Set(listed.map((i) => JSON.stringify(Object.keys(i).sort()))).size).toBe(1);
    expect(listed.map((i) => i.status)).toEqual(["pending", "pending", "pending"]);
  });

  test("an email that became a therapist's after the invitation is refused on accepting", async () => {
    const { api } = await inviting();
    const email = uniq("later.therapist");
    const created = await api.invitations.create({ email, name: "Col" });
    const token = await invitationTokenSentTo(email);
    const colleague = await createTherapist({ email });
    const refusal = anon().invitations.accept({
      token,
      name: "C",
      timeZone: "UTC",
      password: PASSWORD,
      acceptsNotice: true,
    });
    await expect(refusal).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining("therapist account"),
    });
    expect(
      await codeOf(callerFor(await signedIn(colleague)).invitations.acceptSignedIn({ token })),
    ).toBe("FORBIDDEN");
    const row = await db.invitation.findUniqueOrThrow({ where: { id: created.invitationId } });
    expect(row.acceptedAt).toBeNull();
  });

  test("sending again replaces the old link, for a pending or an expired invitation", async () => {
    const { api } = await inviting();
    const email = uniq("renew");
    const created = await api.invitations.create({ email, name: "Ren" });
    const firstToken = await invitationTokenSentTo(email);
    await db.invitation.update({
      where: { id: created.invitationId },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const open = await api.invitations.list({ status: "open" });
    expect(open.items.map((i) => [i.id, i.status])).toEqual([[created.invitationId, "expired"]]);

    const renewed = await api.invitations.resend({ invitationId: created.invitationId });
    expect(renewed).toMatchObject({ invitationId: created.invitationId, resent: true });
    expect(renewed.expiresAt.getTime()).toBeGreaterThan(Date.now() + 6.9 * 86_400_000);
    const token = await invitationTokenSentTo(email);
    expect(await anon().invitations.getByToken({ token: firstToken })).toEqual({
      status: "not-found",
    });
    expect(await anon().invitations.getByToken({ token })).toMatchObject({ status: "pending" });
    // Pending again: sending once more works too, and the list still has it once.
    await api.invitations.resend({ invitationId: created.invitationId });
    const third = await invitationTokenSentTo(email);
    expect(third).not.toBe(token);
    expect((await deliverQueuedMail()).to(email)).toHaveLength(3);
    expect((await api.invitations.list({ status: "open" })).items).toHaveLength(1);

    await anon().invitations.accept({
      token: third,
      name: "Ren",
      timeZone: "UTC",
      password: PASSWORD,
      acceptsNotice: true,
    });
    await expect(
      api.invitations.resend({ invitationId: created.invitationId }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("accepted") });
    expect((await api.invitations.list({ status: "open" })).items).toEqual([]);
  });

  test("inviting an email whose invitation expired renews that one instead of adding another", async () => {
    const { api } = await inviting();
    const email = uniq("expired.again");
    const first = await api.invitations.create({ email, name: "Ex" });
    await db.invitation.update({
      where: { id: first.invitationId },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const second = await api.invitations.create({ email, name: "Ex" });
    expect(second).toMatchObject({ invitationId: first.invitationId, resent: true });
    expect(await db.invitation.count({ where: { email } })).toBe(1);
  });

  test("a revoked invitation or another therapist's is not sent again", async () => {
    const { api } = await inviting();
    const other = callerFor(await signedIn(await createTherapist()));
    const email = uniq("nolink");
    const created = await api.invitations.create({ email, name: "No" });
    const token = await invitationTokenSentTo(email);
    expect(await codeOf(other.invitations.resend({ invitationId: created.invitationId }))).toBe(
      "NOT_FOUND",
    );
    await api.invitations.revoke({ invitationId: created.invitationId });
    await expect(
      api.invitations.resend({ invitationId: created.invitationId }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("revoked") });
    expect(await anon().invitations.getByToken({ token })).toMatchObject({ status: "revoked" });
    expect((await deliverQueuedMail()).to(email)).toHaveLength(1);
  });

  test("an invitation revoked before its email went out is not sent", async () => {
    const { api } = await inviting();
    const email = uniq("revoked.early");
    const created = await api.invitations.create({ email, name: "Early" });
    await api.invitations.revoke({ invitationId: created.invitationId });
    expect((await deliverQueuedMail()).to(email)).toEqual([]);
    const outbox = await db.outboxEmail.findFirstOrThrow({
      where: { invitationId: created.invitationId },
    });
    expect(outbox.status).toBe("SKIPPED");
  });

  test("bad input gets field errors and changes nothing", async () => {
    const { api } = await inviting();
    await expect(api.invitations.create({ email: "nope", name: "" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    const email = uniq("bad");
    await api.invitations.create({ email, name: "B" });
    const token = await invitationTokenSentTo(email);
    await expect(
      anon().invitations.accept({
        token,
        name: "B",
        timeZone: "Mars/Base",
        password: "short",
        acceptsNotice: true,
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await anon().invitations.getByToken({ token })).toMatchObject({ status: "pending" });
  });

  test("pending invitations page to the end, newest first, none twice", async () => {
    const { therapist, api } = await inviting();
    const sameMoment = new Date(Date.now() - 60_000);
    // Half share one creation time: the id keeps their order stable across a page boundary.
    await db.invitation.createMany({
      data: Array.from({ length: INVITATIONS_PAGE_SIZE + 3 }, (_, i) => ({
        therapistId: therapist.id,
        email: uniq(`page${i}`),
        name: `Invited ${i}`,
        tokenHash: `hash-${therapist.id}-${i}`,
        expiresAt: new Date(Date.now() + 86_400_000),
        createdAt: i % 2 ? sameMoment : new Date(Date.now() - i * 1000),
      })),
    });
    await api.invitations.create({ email: uniq("expired"), name: "Gone" });
    await db.invitation.updateMany({ where: { name: "Gone" }, data: { expiresAt: new Date() } });

    const pages = await readAllPages(
      (cursor) => api.invitations.list({ status: "pending", cursor }),
      (i) => i.id,
      INVITATIONS_PAGE_SIZE,
    );
    expect(pages.map((p) => p.length)).toEqual([INVITATIONS_PAGE_SIZE, 3]);
    const created = pages.flat().map((i) => i.createdAt.getTime());
    expect(created).toEqual(created.toSorted((a, b) => b - a));
  });
});
