"use client";

import { useEffect, useState } from "react";
import type { TWorksheetField } from "~/features/templates/schema";
import type { TAnswers } from "../answer-rules";
import { forgetWorksheet, readStoredDraft, type TWorksheetRef } from "../draft-storage";
import { answersMatch } from "../draft-start";
import { useInBrowser } from "~/lib/use-browser-value";
import { UnsavedTextNotice } from "./unsaved-text-notice";
import { WorksheetAnswersView } from "./worksheet-answers-view";

type Props = { worksheet: TWorksheetRef; fields: readonly TWorksheetField[]; kept: TAnswers };

/**
 * A submitted or closed worksheet: this tab lets go of its copy. Text that never reached the
 * server (typed here while another tab submitted) is shown this once, not silently dropped.
 */
export function LeftoverDraft(props: Props) {
  return useInBrowser() ? <LeftoverInBrowser {...props} /> : null;
}

function LeftoverInBrowser({ worksheet, fields, kept }: Props) {
  const [stored] = useState(() => readStoredDraft(worksheet));
  const { userId, occurrenceId } = worksheet;
  useEffect(() => forgetWorksheet({ userId, occurrenceId }), [userId, occurrenceId]);
  if (!stored || answersMatch(stored.answers, kept)) return null;
  const differing = fields.filter(
    (f) => JSON.stringify(stored.answers[f.id]) !== JSON.stringify(kept[f.id]),
  );
  return (
    <UnsavedTextNotice
      id="leftover-heading"
      title="Text from this tab that was not saved"
      intro="This worksheet was submitted or closed before these words reached the server. They are shown here once and are gone when you leave this page: copy anything you want to keep."
    >
      <WorksheetAnswersView fields={differing} answers={stored.answers} />
    </UnsavedTextNotice>
  );
}
