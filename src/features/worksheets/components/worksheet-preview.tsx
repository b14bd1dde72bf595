import type { TWorksheetField } from "~/features/templates/schema";
import { WhyItHelps } from "~/features/templates/components/why-it-helps";
import { WorksheetFieldsPreview } from "./worksheet-fields";

/** A worksheet template as the client will see it, read-only: the template preview's body. */
export function WorksheetPreview({
  whyItHelps,
  fields,
}: {
  whyItHelps: string;
  fields: TWorksheetField[];
}) {
  return (
    <>
      {whyItHelps ? (
        // Line breaks as the client's worksheet page shows them (worksheet-task-view).
        <WhyItHelps text={whyItHelps} headingLevel={4} keepLineBreaks={false} />
      ) : null}
      <WorksheetFieldsPreview fields={fields} />
    </>
  );
}
