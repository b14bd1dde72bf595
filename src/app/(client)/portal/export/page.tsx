import type { Metadata } from "next";
import { PortalFrame } from "~/components/layout/portal-frame";
import { PrintButton } from "~/components/ui/print-button";
import { ExportView } from "~/features/export/components/export-view";
import { requireClient } from "~/server/auth/guard";
import { getServerApi } from "~/trpc/server";

export const metadata: Metadata = { title: "Everything you wrote" };

/** The client's records on one page, to read, print or save as PDF. */
export default async function ExportPage() {
  const actor = await requireClient("/portal/export");
  const doc = await (await getServerApi()).export.mine();
  return (
    <PortalFrame actor={actor}>
      <h1 className="text-2xl font-bold">Everything you wrote</h1>
      <div className="flex flex-wrap items-center gap-3 print:hidden">
        <PrintButton label="Print or save as PDF" />
        <a
          href="/portal/export/download"
          download
          className="font-semibold text-brand-800 underline"
        >
          Download as a file (JSON)
        </a>
      </div>
      <ExportView doc={doc} />
    </PortalFrame>
  );
}
