import type { TSaveStatus } from "../draft-sync";

const STATUS_TEXT: Record<TSaveStatus, string> = {
  idle: "Your answers save as you type.",
  saving: "Saving…",
  saved: "Saved",
  offline: "Saved on this device — will send when you're back online",
  retrying: "Saved on this device — the server isn't answering just now, trying again",
  invalid: "Not saved yet. Check the answers marked below.",
  conflict:
    "Not saved — these answers were also changed in another tab or on another device. Choose which to keep at the top of the form.",
  "signed-out": "Not saved — your session has ended. Your answers stay in this tab until you",
  refused: "Not saved yet.",
};

/** The autosave line, saying why a save did not go through in words that fit the cause. */
export function SaveStatus({
  status,
  hasFieldErrors,
  signInHref,
}: {
  status: TSaveStatus;
  hasFieldErrors: boolean;
  signInHref: string;
}) {
  const text = status === "invalid" && !hasFieldErrors ? STATUS_TEXT.refused : STATUS_TEXT[status];
  return (
    <p role="status" aria-live="polite" className="text-sm text-slate-700">
      {text}
      {status === "signed-out" ? (
        <>
          {" "}
          <a href={signInHref} className="font-semibold text-brand-800 underline">
            sign in again
          </a>
          .
        </>
      ) : null}
    </p>
  );
}
