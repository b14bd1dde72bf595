import type { Metadata } from "next";
import Link from "next/link";
import { PortalFrame } from "~/components/layout/portal-frame";
import { Card } from "~/components/ui/card";
import { LEARN_TOPICS } from "~/features/learn/topics";
import { requireClient } from "~/server/auth/guard";

export const metadata: Metadata = { title: "Learn about trust" };

export default async function LearnPage() {
  const actor = await requireClient("/portal/learn");
  return (
    <PortalFrame actor={actor}>
      <h1 className="text-2xl font-bold">Learn about trust</h1>
      <p className="text-slate-700">Short reads, a few minutes each.</p>
      <ul className="flex flex-col gap-3">
        {LEARN_TOPICS.map((topic) => (
          <li key={topic.slug}>
            <Card>
              <h2 className="text-lg font-semibold">
                <Link href={`/portal/learn/${topic.slug}`} className="text-brand-800 underline">
                  {topic.title}
                </Link>
              </h2>
              <p className="text-slate-700">{topic.summary}</p>
            </Card>
          </li>
        ))}
      </ul>
    </PortalFrame>
  );
}
