/**
 * Text this tab kept for questions the therapist removed before it was saved. It can't be saved
 * any more, so it is shown (for copying) instead of being sent and refused on every keystroke.
 */
export function RemovedQuestionAnswers({ texts }: { texts: readonly string[] }) {
  return (
    <section
      aria-labelledby="removed-answers-heading"
      className="flex flex-col gap-3 rounded-xl border-2 border-amber-500 bg-amber-50 p-4"
    >
      <h2 id="removed-answers-heading" className="text-lg font-semibold">
        Answers to questions no longer on this worksheet
      </h2>
      <p className="text-slate-800">
        Your therapist changed this worksheet after you wrote these, so they were not saved. Copy
        anything you want to keep before you leave this page.
      </p>
      <ul className="flex flex-col gap-2">
        {texts.map((text, index) => (
          <li key={index} className="whitespace-pre-wrap text-slate-900">
            {text}
          </li>
        ))}
      </ul>
    </section>
  );
}
