import { randomUUID } from "node:crypto";
import type { TActor } from "~/server/auth/actor";
import { hashPassword } from "~/server/auth/password";
import { createSession, resolveSession } from "~/server/auth/sessions";
import { createInnerContext } from "~/server/context";
import { db } from "~/server/db";
import { createCaller } from "~/server/root";

export const TEST_PASSWORD = "correct horse battery";
let cachedHash: Promise<string> | undefined;

type Role = "THERAPIST" | "CLIENT";

export async function createUser(
  role: Role,
  overrides: { name?: string; email?: string; timeZone?: string } = {},
) {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const tag = randomUUID().slice(0, 8);
  return db.user.create({
    data: {
      role,
      name: overrides.name ?? `${role === "THERAPIST" ? "Therapist" : "Client"} ${tag}`,
      email: overrides.email ?? `${role.toLowerCase()}-${tag}@example.test`,
      timeZone: overrides.timeZone ?? "Europe/Berlin",
      passwordHash: await cachedHash,
    },
  });
}

export const createTherapist = (o?: Parameters<typeof createUser>[1]) => createUser("THERAPIST", o);
export const createClient = (o?: Parameters<typeof createUser>[1]) => createUser("CLIENT", o);

export function linkClient(
  therapistId: string,
  clientId: string,
  status: "ACTIVE" | "ARCHIVED" = "ACTIVE",
) {
  return db.careLink.create({ data: { therapistId, clientId, status } });
}

/** A signed-in actor with a real server-side session. */
export async function signedIn(user: { id: string }): Promise<TActor> {
  const sessionId = await createSession(user.id);
  const actor = await resolveSession(sessionId);
  if (!actor) throw new Error("session did not resolve");
  return actor;
}

export const callerFor = (actor: TActor | null) => createCaller(createInnerContext(actor));

/**
 * Homework rows straight into the database, for tests of what happens after assigning.
 * (The assignments feature's own tests go through its mutations.)
 */
export async function createAssignmentRow(options: {
  therapistId: string;
  clientId: string;
  builtinKey: string;
  dueDates?: Date[];
  timeZone?: string;
}) {
  const { getBuiltinTemplate } = await import("~/features/templates/builtins");
  const builtin = getBuiltinTemplate(options.builtinKey);
  if (!builtin) throw new Error(`no built-in ${options.builtinKey}`);
  const dueDates = options.dueDates ?? [new Date(Date.now() + 86_400_000)];
  return db.assignment.create({
    data: {
      therapistId: options.therapistId,
      clientId: options.clientId,
      kind: builtin.kind,
      title: builtin.title,
      content: builtin.body,
      whyItHelps: builtin.whyItHelps,
      templateVersion: 1,
      timeZone: options.timeZone ?? "Europe/Berlin",
      // Visible well before its first due date, whatever clock a test pretends it is.
      startsAt: new Date(
        Math.min(Date.now(), ...dueDates.map((d) => d.getTime())) - 30 * 86_400_000,
      ),
      occurrences: { create: dueDates.map((dueAt) => ({ dueAt })) },
    },
    include: { occurrences: { orderBy: { dueAt: "asc" } } },
  });
}

/** Syncs the built-in templates as start-up does; their ids by built-in key. */
export async function syncBuiltinTemplateIds(): Promise<Record<string, string>> {
  const { syncBuiltinTemplates } = await import("~/features/templates/mutations");
  await syncBuiltinTemplates();
  const rows = await db.template.findMany({
    where: { builtinKey: { not: null } },
    select: { id: true, builtinKey: true },
  });
  return Object.fromEntries(rows.map((r) => [r.builtinKey, r.id]));
}

/** A therapist and a client with an ACTIVE care link: where most cases start. */
export async function createLinkedPair(client?: Parameters<typeof createUser>[1]) {
  const [therapistUser, clientUser] = await Promise.all([createTherapist(), createClient(client)]);
  await linkClient(therapistUser.id, clientUser.id);
  return { therapist: therapistUser, client: clientUser };
}

/** A linked pair, both signed in, and one homework of a built-in from the one to the other. */
export async function createAssignedPair(homework: { builtinKey: string; dueDates?: Date[] }) {
  const pair = await createLinkedPair();
  const assignment = await createAssignmentRow({
    therapistId: pair.therapist.id,
    clientId: pair.client.id,
    ...homework,
  });
  return {
    therapist: await signedIn(pair.therapist),
    client: await signedIn(pair.client),
    assignment,
  };
}
