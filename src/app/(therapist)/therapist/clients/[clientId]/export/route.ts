import { exportResponse } from "~/features/export/download";
import { AppError } from "~/server/errors";
import { getRequestContext } from "~/trpc/server";

/** A client's record in this therapist's homework, as JSON, while the care link is ACTIVE. */
export async function GET(_req: Request, { params }: { params: Promise<{ clientId: string }> }) {
  const { clientId } = await params;
  const { actor, meta } = await getRequestContext();
  if (actor?.role !== "THERAPIST") {
    return new Response("Sign in as the client's therapist to download their record.", {
      status: 401,
    });
  }
  try {
    return await exportResponse(actor, clientId, meta, actor.userId);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") {
      return new Response(error.userMessage, { status: 404 });
    }
    throw error;
  }
}
