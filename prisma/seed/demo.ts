import { planningHorizon } from "~/features/assignments/planning";
import type { TSchedule } from "~/features/assignments/recurrence";
import { getBuiltinTemplate } from "~/features/templates/builtins";
import { syncBuiltinTemplates } from "~/features/templates/mutations";
import { hashPassword } from "~/server/auth/password";
import { localDateOf, zonedWallTimeToUtc } from "~/lib/dates";
import { db, type Prisma } from "~/server/db";
import { seedDemoCaseload } from "./caseload";
import { seedDemoHistory } from "./history";
import { PRIVACY_NOTICE, THERAPIST_TERMS, type TNotice } from "~/lib/notices";

/** Demo accounts of the zero-configuration default (and `npm run db:seed`). */
export const DEMO_PASSWORD = "trust-steps-demo";
export const DEMO_THERAPIST = { email: "therapist@example.com", name: "Dana Whitfield" };
export const DEMO_CLIENT = {
  email: "client@example.com",
  name: "Sam Rivera",
  timeZone: "Europe/London",
};

/** The demo accounts accepted the current notices, as signing up or accepting would have. */
const pick = ({ document, version }: TNotice) => ({ document, version });

export async function seedDemoData(now = new Date()): Promise<void> {
  // The demo homework is copied from the built-ins, which a fresh database does not have yet.
  await syncBuiltinTemplates();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.$transaction(
    async (tx) => {
      const therapist = await tx.user.upsert({
        where: { email: DEMO_THERAPIST.email },
        update: {},
        create: {
          ...DEMO_THERAPIST,
          role: "THERAPIST",
          passwordHash,
          timeZone: "Europe/London",
          consents: { create: pick(THERAPIST_TERMS) },
        },
      });
      const client = await tx.user.upsert({
        where: { email: DEMO_CLIENT.email },
        update: {},
        create: {
          ...DEMO_CLIENT,
          role: "CLIENT",
          passwordHash,
          consents: { create: pick(PRIVACY_NOTICE) },
        },
      });
      await tx.careLink.upsert({
        where: { therapistId_clientId: { therapistId: therapist.id, clientId: client.id } },
        update: {},
        create: { therapistId: therapist.id, clientId: client.id },
      });
      await seedDemoWorksheet(tx, therapist.id, client.id, now);
      await seedDemoLadder(tx, therapist.id, client.id, now);
      await seedDemoHistory(tx, therapist.id, client.id, now);
      await seedDemoCaseload(tx, therapist.id, now);
    },
    // A few dozen small writes; the default 5 s can be tight on a cold embedded database.
    { timeout: 30_000 },
  );
}

/** A fixed id so the demo (and the ladder e2e test) can open it by URL. */
export const DEMO_LADDER_ID = "demo-trust-ladder";

/** The demo client works the built-in trust ladder at their own pace (no schedule). */
async function seedDemoLadder(
  tx: Prisma.TransactionClient,
  therapistId: string,
  clientId: string,
  now: Date,
) {
  const builtin = getBuiltinTemplate("trust-ladder");
  if (!builtin) return;
  const template = await tx.template.findUnique({
    where: { builtinKey: builtin.key },
    select: { id: true, version: true },
  });
  await tx.assignment.upsert({
    where: { id: DEMO_LADDER_ID },
    update: {},
    create: {
      id: DEMO_LADDER_ID,
      therapistId,
      clientId,
      templateId: template?.id ?? null,
      templateVersion: template?.version ?? 1,
      kind: "LADDER",
      title: builtin.title,
      content: builtin.body,
      instructions:
        "Start with the first step this week. Try it two or three times before moving up.",
      whyItHelps: builtin.whyItHelps,
      timeZone: DEMO_CLIENT.timeZone,
      startsAt: now,
    },
  });
}

/** One built-in worksheet due this evening, so the demo client has something to open. */
async function seedDemoWorksheet(
  tx: Prisma.TransactionClient,
  therapistId: string,
  clientId: string,
  now: Date,
) {
  const template = await tx.template.findUniqueOrThrow({
    where: { builtinKey: "small-victories" },
  });
  // Re-running the seed must not add a second copy.
  if ((await tx.assignment.count({ where: { clientId, templateId: template.id } })) > 0) return;
  const timeZone = DEMO_CLIENT.timeZone;
  const today = localDateOf(now, timeZone);
  await tx.assignment.create({
    data: {
      therapistId,
      clientId,
      templateId: template.id,
      templateVersion: template.version,
      kind: template.kind,
      title: template.title,
      content: template.body as Prisma.InputJsonValue,
      instructions: "Note one small step you took this week, however minor it seems.",
      whyItHelps: template.whyItHelps,
      timeZone,
      startsAt: zonedWallTimeToUtc(today, "00:00", timeZone),
      // A one-off schedule, so the therapist's page describes it as due tonight.
      schedule: {
        kind: "once",
        startDate: today,
        dueDate: today,
        dueTime: "20:00",
      } satisfies TSchedule,
      plannedUntil: planningHorizon(now),
      occurrences: { create: { dueAt: zonedWallTimeToUtc(today, "20:00", timeZone) } },
    },
  });
}

/** Seeds only a database nobody has used yet, so restarts never undo what people changed. */
export async function seedIfEmpty(): Promise<boolean> {
  if ((await db.user.count()) > 0) return false;
  await seedDemoData();
  return true;
}

export async function demoAccountsExist(): Promise<boolean> {
  return (
    (await db.user.count({
      where: { email: { in: [DEMO_THERAPIST.email, DEMO_CLIENT.email] } },
    })) === 2
  );
}
