import type { ReactNode } from "react";
import type { TWorksheetField } from "~/features/templates/schema";
import { answersConcern, fearCameTrueIn, taggedScales } from "../policy";
import { FearCameTrue, FearResponse } from "./attempt-response";
import { DistressResponse } from "./distress-response";

/**
 * What a worksheet page says first just after it is submitted: the caring response when a
 * distress or safety scale was answered at its worst end, and a validating word when the feared
 * outcome came true. Nothing otherwise.
 */
export function SubmissionResponse({
  fields,
  answers,
  tellTherapist,
}: {
  fields: readonly TWorksheetField[];
  answers: Readonly<Record<string, unknown>>;
  /** An entry kept just for the client: the offer to tell the therapist, who was not told. */
  tellTherapist?: ReactNode;
}) {
  const concern = answersConcern(taggedScales(fields), answers);
  const fear = fearCameTrueIn(fields, answers);
  const fearNote = fear ? <FearCameTrue partly={fear === "partly"} /> : null;
  if (concern) {
    return (
      <DistressResponse concern={concern} therapistTold={!tellTherapist}>
        {tellTherapist}
        {fearNote}
      </DistressResponse>
    );
  }
  return fearNote ? <FearResponse>{fearNote}</FearResponse> : null;
}
