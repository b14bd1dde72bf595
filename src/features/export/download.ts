import "server-only";
import { recordCommittedEvent, type TAuditActor, type TAuditMeta } from "~/server/audit";
import { buildClientExport } from "./data";

/**
 * The JSON download (a route's response): never cached, saved under a dated name, and in the
 * audit log as an export of the client's record.
 */
export async function exportResponse(
  actor: TAuditActor,
  clientId: string,
  meta: TAuditMeta,
  therapistId?: string,
): Promise<Response> {
  const doc = await buildClientExport(clientId, therapistId);
  await recordCommittedEvent(
    actor,
    { action: "export", entity: "client", entityId: clientId, clientId },
    meta,
  );
  const day = doc.exportedAt.toISOString().slice(0, 10);
  return new Response(JSON.stringify(doc, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="trust-steps-${day}.json"`,
      "cache-control": "no-store",
    },
  });
}
