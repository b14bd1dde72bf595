import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PortalFrame } from "~/components/layout/portal-frame";
import { LEARN_TOPICS, learnTopic } from "~/features/learn/topics";
import { requireClient } from "~/server/auth/guard";

type TProps = { params: Promise<{ topic: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: learnTopic((await params).topic)?.title ?? "Learn about trust" };
}

export default async function LearnTopicPage({ params }: TProps) {
  const { topic: slug } = await params;
  const actor = await requireClient(`/portal/learn/${encodeURIComponent(slug)}`);
  const topic = learnTopic(slug);
  if (!topic) notFound();
  return (
    <PortalFrame actor={actor}>
      <article className="flex flex-col gap-5">
        <header className="flex flex-col gap-1">
          <h1 className="text-2xl font-bold">{topic.title}</h1>
          <p className="text-slate-700">{topic.summary}</p>
        </header>
        {topic.sections.map((section) => (
          <section key={section.heading} className="flex flex-col gap-2">
            <h2 className="text-xl font-semibold">{section.heading}</h2>
            {section.paragraphs.map((p) => (
              <p key={p} className="text-slate-800">
                {p}
              </p>
            ))}
            {section.points ? (
              <ul className="list-disc pl-6 text-slate-800">
                {section.points.map((point) => (
                  <li key={point}>{point}</li>
                ))}
              </ul>
            ) : null}
          </section>
        ))}
      </article>
      <nav aria-label="More to read" className="flex flex-col gap-2">
        <h2 className="font-semibold">More to read</h2>
        <ul className="flex flex-col gap-1">
          {LEARN_TOPICS.filter((t) => t.slug !== topic.slug).map((t) => (
            <li key={t.slug}>
              <Link href={`/portal/learn/${t.slug}`} className="text-brand-800 underline">
                {t.title}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </PortalFrame>
  );
}
