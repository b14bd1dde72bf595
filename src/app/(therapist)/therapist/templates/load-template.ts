import "server-only";
import { getServerApi, orNotFound } from "~/trpc/server";

/** The template through the same procedure the browser uses; missing or not usable -> 404. */
export async function loadTemplateOr404(id: string) {
  return orNotFound((await getServerApi()).templates.get({ id }));
}
