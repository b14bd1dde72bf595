import "server-only";
import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { getServerApi } from "~/trpc/server";

/** The template through the same procedure the browser uses; missing or not usable -> 404. */
export async function loadTemplateOr404(id: string) {
  try {
    return await (await getServerApi()).templates.get({ id });
  } catch (error) {
    if (
      error instanceof TRPCError &&
      (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")
    ) {
      notFound();
    }
    throw error;
  }
}
