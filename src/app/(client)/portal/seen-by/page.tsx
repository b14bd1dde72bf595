import type { Metadata } from "next";
import { PortalFrame } from "~/components/layout/portal-frame";
import { Pager } from "~/components/ui/pager";
import { SeenByList } from "~/features/audit/components/seen-by-list";
import { hrefWith, pagerLinks, readCursor } from "~/lib/paging";
import { requireClient } from "~/server/auth/guard";
import { getServerApi } from "~/trpc/server";

export const metadata: Metadata = { title: "Who has seen my answers" };

export default async function SeenByPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireClient("/portal/seen-by");
  const cursor = readCursor((await searchParams).cursor);
  const page = await (await getServerApi()).audit.seenBy({ cursor });
  return (
    <PortalFrame actor={actor}>
      <h1 className="text-2xl font-bold">Who has seen my answers</h1>
      <p className="text-slate-700">
        Every time a therapist opens one of your pages or entries, it is written down, and listed
        here, newest first. Nobody can change or remove these lines. Entries you keep just for
        yourself are never shown to your therapist.
      </p>
      <SeenByList items={page.items} timeZone={actor.timeZone} />
      <Pager
        of="views"
        {...pagerLinks(cursor, page.nextCursor, (next) =>
          hrefWith("/portal/seen-by", {}, { cursor: next }),
        )}
      />
    </PortalFrame>
  );
}
