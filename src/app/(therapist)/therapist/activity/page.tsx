import type { Metadata } from "next";
import { TherapistFrame } from "~/components/layout/therapist-frame";
import { Pager } from "~/components/ui/pager";
import { ActivityList } from "~/features/audit/components/activity-list";
import { hrefWith, pagerLinks, readCursor } from "~/lib/paging";
import { requireTherapist } from "~/server/auth/guard";
import { getServerApi } from "~/trpc/server";

export const metadata: Metadata = { title: "Your activity" };

export default async function ActivityPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireTherapist("/therapist/activity");
  const cursor = readCursor((await searchParams).cursor);
  const page = await (await getServerApi()).audit.mine({ cursor });
  return (
    <TherapistFrame actor={actor}>
      <h1 className="text-2xl font-bold">Your activity</h1>
      <p className="text-slate-700">
        What you opened and changed, newest first. Your clients see each time you opened one of
        their pages or entries, on their &ldquo;Who has seen my answers&rdquo; page.
      </p>
      <ActivityList items={page.items} timeZone={actor.timeZone} />
      <Pager
        of="activity"
        {...pagerLinks(cursor, page.nextCursor, (next) =>
          hrefWith("/therapist/activity", {}, { cursor: next }),
        )}
      />
    </TherapistFrame>
  );
}
