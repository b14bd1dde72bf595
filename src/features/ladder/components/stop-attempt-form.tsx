"use client";

import { useMutation } from "~/trpc/use-mutation";
import { useMemo } from "react";
import { TextAreaField } from "~/components/ui/field";
import { asRequest } from "~/components/ui/form";
import { AttemptForm } from "./attempt-form";
import { afterAttemptHref } from "./format";

const BLANK = { note: "" };

/**
 * "I stopped / didn't do it this time": an honest way to end an open attempt, with no ratings
 * asked. Behind a disclosure under the attempt's form, so it is there without inviting it.
 */
export function StopAttemptForm({
  userId,
  assignmentId,
  attemptId,
}: {
  userId: string;
  assignmentId: string;
  attemptId: string;
}) {
  const stop = useMutation((api) => api.ladder.stopAttempt);
  const schema = useMemo(
    () =>
      asRequest(
        (values: typeof BLANK) => ({ attemptId, note: values.note }),
        async () => (await import("../schema")).ZStopAttemptRequestSchema,
      ),
    [attemptId],
  );
  return (
    <details>
      <summary className="cursor-pointer text-sm font-semibold text-brand-800">
        I stopped, or didn&rsquo;t do it this time
      </summary>
      <div className="mt-3">
        <AttemptForm
          place={{ userId, assignmentId, stoppingId: attemptId }}
          schema={schema}
          blank={BLANK}
          send={(request) => stop.mutateAsync(request)}
          afterSave={() => afterAttemptHref(assignmentId, attemptId)}
          title="End this attempt"
          className="border-slate-200 bg-white"
          intro={
            <p className="text-sm text-slate-700">
              That is fine. It does not count for or against moving up, and no ratings are needed.
            </p>
          }
          submitLabel="End the attempt"
        >
          <TextAreaField label="What got in the way? (optional)" name="note" maxLength={2000} />
        </AttemptForm>
      </div>
    </details>
  );
}
