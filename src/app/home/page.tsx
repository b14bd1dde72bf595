import { redirect } from "next/navigation";
import { homePathFor } from "~/server/auth/access";
import { getOptionalActor } from "~/server/auth/guard";

/** Where sign-in sends people: their own area. */
export default async function HomeRedirect() {
  const actor = await getOptionalActor();
  redirect(actor ? homePathFor(actor.role) : "/sign-in");
}
