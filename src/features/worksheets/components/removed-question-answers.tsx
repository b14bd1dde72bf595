import { UnsavedTextNotice } from "./unsaved-text-notice";

/**
 * Text this tab kept for questions the therapist removed before it was saved. It can't be saved
 * any more, so it is shown (for copying) instead of being sent and refused on every keystroke.
 */
export function RemovedQuestionAnswers({ texts }: { texts: readonly string[] }) {
  return (
    <UnsavedTextNotice
      id="removed-answers-heading"
      title="Answers to questions no longer on this worksheet"
      intro="Your therapist changed this worksheet after you wrote these, so they were not saved. Copy anything you want to keep before you leave this page."
    >
      <ul className="flex flex-col gap-2">
        {texts.map((text, index) => (
          <li key={index} className="whitespace-pre-wrap text-slate-900">
            {text}
          </li>
        ))}
      </ul>
    </UnsavedTextNotice>
  );
}
