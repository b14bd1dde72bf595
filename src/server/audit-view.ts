import "server-only";
import { getRequestContext } from "~/trpc/server";
import { recordEvent } from "./audit";

/**
 * A therapist opened one client's record: the one write a page makes (DESIGN: reads never write,
 * except this), after the read succeeded and outside its queries. If it cannot be recorded the
 * page fails: the client is promised that every view is in their list.
 */
export async function recordTherapistView(record: {
  entity: "client" | "progress" | "submission" | "ladder" | "step";
  entityId: string;
  clientId: string;
}) {
  const { actor, meta } = await getRequestContext();
  if (actor?.role !== "THERAPIST") return;
  await recordEvent(actor, { action: "view", ...record }, meta);
}
