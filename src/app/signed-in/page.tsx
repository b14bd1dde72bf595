import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getOptionalActor } from "~/server/auth/guard";

export const metadata: Metadata = { title: "Signed in" };

/**
 * Who is signed in in this browser, in one line. It is also the framework's floor that `npm run
 * bench` measures pages against: a session check and the least a dynamic page can render.
 */
export default async function SignedInPage() {
  const actor = await getOptionalActor();
  if (!actor) redirect("/sign-in?callbackUrl=%2Fsigned-in");
  return (
    <main className="p-4">
      <p>Signed in as {actor.name}.</p>
    </main>
  );
}
