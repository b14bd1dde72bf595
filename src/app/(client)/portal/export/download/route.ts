import { exportResponse } from "~/features/export/download";
import { getRequestContext } from "~/trpc/server";

/** The client's own records as JSON. */
export async function GET() {
  const { actor, meta } = await getRequestContext();
  if (actor?.role !== "CLIENT") {
    return new Response("Sign in as the client to download your records.", { status: 401 });
  }
  return exportResponse(actor, actor.userId, meta);
}
