/**
 * Users, care links and signed-in callers, made with the app's own server code. Shared by the
 * integration tests (tests/integration) and the end-to-end fixtures (e2e/fixtures), which run it
 * against the database of the server under test.
 */
import { randomUUID } from "node:crypto";
import type { TActor } from "~/server/auth/actor";
import { hashPassword } from "~/server/auth/password";
import { createSession, resolveSession } from "~/server/auth/sessions";
import { createInnerContext } from "~/server/context";
import { noticeFor } from "~/lib/notices";
import { db } from "~/server/db";
import { createCaller } from "~/server/root";

export const TEST_PASSWORD = "correct horse battery";
// argon2 is slow on purpose: one hash per process (a vitest file, a Playwright worker).
let cachedHash: Promise<string> | undefined;

type Role = "THERAPIST" | "CLIENT";

export async function createUser(
  role: Role,
  overrides: { name?: string; email?: string; timeZone?: string } = {},
) {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const tag = randomUUID().slice(0, 8);
  const { document, version } = noticeFor(role);
  return db.user.create({
    data: {
      role,
      name: overrides.name ?? `${role === "THERAPIST" ? "Therapist" : "Client"} ${tag}`,
      email: overrides.email ?? `${role.toLowerCase()}-${tag}@example.test`,
      timeZone: overrides.timeZone ?? "Europe/Berlin",
      passwordHash: await cachedHash,
      // As after signing up or accepting an invitation: the current notice is accepted.
      consents: { create: { document, version } },
    },
  });
}

export const createTherapist = (o?: Parameters<typeof createUser>[1]) => createUser("THERAPIST", o);
export const createClient = (o?: Parameters<typeof createUser>[1]) => createUser("CLIENT", o);

export function linkClient(
  therapistId: string,
  clientId: string,
  status: "ACTIVE" | "ARCHIVED" | "ENDED" = "ACTIVE",
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

/** A therapist and a client with an ACTIVE care link: where most cases start. */
export async function createLinkedPair(client?: Parameters<typeof createUser>[1]) {
  const [therapistUser, clientUser] = await Promise.all([createTherapist(), createClient(client)]);
  await linkClient(therapistUser.id, clientUser.id);
  return { therapist: therapistUser, client: clientUser };
}
