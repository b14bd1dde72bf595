import type { ReactNode } from "react";
import { FocusHere } from "~/components/ui/focus-here";
import { CrisisLink } from "~/components/layout/crisis-banner";
import type { TDistressConcern } from "../policy";

/** What the client's own rating was, said back plainly. */
function whatYouRated(concern: TDistressConcern): string {
  switch (concern.kind) {
    case "stayed-high":
      return `Your distress was still at ${concern.afterDistress} afterwards.`;
    case "peak-very-high":
      return `Your distress went up to ${concern.peakDistress}.`;
    case "peak-above-expected":
      return `This step brought much more distress than expected: ${concern.peakDistress}, where about ${concern.expectedDistress} was expected.`;
    case "scale-worst-end":
      return `You gave the hardest answer to “${concern.question}”.`;
  }
}

/**
 * The page's answer when a saved rating shows distress that stayed high or went far past what was
 * expected (safety/policy.ts decides): warm words, a calming skill to do right now, permission to
 * go easier, and the crisis link. `easierStep` is for the ladder, where going back is an option.
 */
export function DistressResponse({
  concern,
  easierStep = false,
  therapistTold = true,
  children,
}: {
  concern: TDistressConcern;
  easierStep?: boolean;
  /** False for an entry kept just for the client: then `children` offers to tell them. */
  therapistTold?: boolean;
  children?: ReactNode;
}) {
  return (
    <FocusHere
      label="That sounded hard"
      className="flex flex-col gap-3 rounded-xl border border-violet-300 bg-violet-50 p-4 text-slate-900"
    >
      <h2 className="text-lg font-semibold">That sounded hard</h2>
      <p>
        {whatYouRated(concern)} Feeling this way is understandable, and it does not mean you did
        anything wrong. Strong feelings rise and then fall, even when it does not feel like it.
      </p>
      <div>
        <h3 className="font-semibold">Try this now: slow breathing</h3>
        <ol className="mt-1 list-decimal pl-6">
          <li>Sit or stand where you are and put both feet flat on the floor.</li>
          <li>Breathe in slowly through your nose while you count to four.</li>
          <li>Hold the breath gently while you count to two.</li>
          <li>Breathe out slowly through your mouth while you count to six.</li>
          <li>Do this five times. Then name three things you can see around you.</li>
        </ol>
      </div>
      {easierStep ? (
        <p>
          Going back to an easier step is fine. You can practise a step you have already done, or
          wait a while before you try this one again.
        </p>
      ) : null}
      {therapistTold ? (
        <p>Your therapist will see that this one was hard, so you can talk about it together.</p>
      ) : null}
      {children}
      <p>
        <a href="/portal/safety-plan" className="font-semibold text-brand-800 underline">
          Open my safety plan
        </a>
      </p>
      <p className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-amber-950">
        If you feel unsafe, or the feeling does not ease, call your local emergency number or{" "}
        <CrisisLink />.
      </p>
    </FocusHere>
  );
}
