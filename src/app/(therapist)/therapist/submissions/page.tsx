import type { Metadata } from "next";
import Link from "next/link";
import { TherapistHeader } from "~/components/layout/therapist-header";
import { formatDateTime } from "~/lib/format";
import { requireTherapist } from "~/server/auth/guard";
import { getServerApi } from "~/trpc/server";

export const metadata: Metadata = { title: "Submissions" };

export default async function SubmissionsPage() {
  const actor = await requireTherapist("/therapist/submissions");
  const { items } = await (await getServerApi()).worksheets.recentSubmissions({ limit: 50 });
  return (
    <>
      <TherapistHeader userName={actor.name} />
      <main className="mx-auto flex max-w-3xl flex-col gap-6 px-4 py-8">
        <h1 className="text-2xl font-bold">Recent submissions</h1>
        {items.length === 0 ? (
          <p className="text-slate-700">No worksheets have been submitted yet.</p>
        ) : (
          <ul aria-label="Submissions" className="flex flex-col gap-2">
            {items.map((s) => (
              <li key={s.id} className="rounded-xl border border-slate-200 bg-white p-4">
                <Link
                  href={`/therapist/submissions/${s.id}`}
                  className="font-semibold text-brand-800 underline underline-offset-2"
                >
                  {s.clientName}: {s.title}
                </Link>
                <p className="text-sm text-slate-700">
                  Submitted {formatDateTime(s.submittedAt, actor.timeZone)}
                </p>
              </li>
            ))}
          </ul>
        )}
      </main>
    </>
  );
}
