import type { Metadata } from "next";
import { headers } from "next/headers";
import { PortalFrame } from "~/components/layout/portal-frame";
import { MyProgressView } from "~/features/progress/components/my-progress-view";
import { MY_PROGRESS_TEXT } from "~/features/progress/my-progress-text";
import { firstDayOfWeek } from "~/lib/weeks";
import { requireClient } from "~/server/auth/guard";
import { getServerApi } from "~/trpc/server";

export const metadata: Metadata = { title: "My progress" };

export default async function MyProgressPage() {
  const actor = await requireClient("/portal/progress");
  const weekStartsOn = firstDayOfWeek((await headers()).get("accept-language"));
  const progress = await (await getServerApi()).progress.mine({ weekStartsOn });
  return (
    <PortalFrame actor={actor}>
      <h1 className="text-2xl font-bold">{MY_PROGRESS_TEXT.title}</h1>
      <p className="text-slate-800">{MY_PROGRESS_TEXT.intro}</p>
      <MyProgressView progress={progress} />
    </PortalFrame>
  );
}
