import { db } from "~/server/db";
import { createLinkedPair, signedIn } from "../factories";

// Users, care links and callers come from the factories the end-to-end fixtures share.
export * from "../factories";

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
