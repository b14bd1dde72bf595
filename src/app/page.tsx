import { ButtonLink } from "~/components/ui/button-link";
import { homePathFor } from "~/server/auth/access";
import { getOptionalActor } from "~/server/auth/guard";

export default async function LandingPage() {
  const actor = await getOptionalActor();
  return (
    <main className="mx-auto flex min-h-dvh max-w-2xl flex-col justify-center gap-8 px-4 py-12">
      <p className="text-lg font-bold text-brand-800">Trust Steps</p>
      <h1 className="text-4xl font-bold tracking-tight text-slate-900">
        Homework between sessions, for learning to trust again.
      </h1>
      <p className="text-lg leading-relaxed text-slate-700">
        Therapists give clients small, graduated trust-building steps and reflection worksheets to
        do in real life between sessions. Clients record what they feared and what actually
        happened, and both of them can see, week by week, what is changing.
      </p>
      <div className="flex flex-wrap gap-3">
        {actor ? (
          <ButtonLink href={homePathFor(actor.role)}>
            Go to your {actor.role === "THERAPIST" ? "caseload" : "homework"}
          </ButtonLink>
        ) : (
          <>
            <ButtonLink href="/sign-in">Sign in</ButtonLink>
            <ButtonLink href="/sign-up" variant="secondary">
              Therapist? Create an account
            </ButtonLink>
          </>
        )}
      </div>
    </main>
  );
}
