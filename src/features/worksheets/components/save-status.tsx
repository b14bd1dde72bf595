"use client";

import { useState } from "react";
import type { TSaveStatus } from "../draft-sync";
import { nextAnnouncement, type TAnnouncement } from "../save-announcement";

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

// Spoken, so said in full: the line on screen ends in a link, and "Saved" alone means little.
const ANNOUNCED_TEXT: Record<TAnnouncement, string> = {
  saved: "Your answers are saved again.",
  offline:
    "You seem to be offline. Your latest answers are kept on this device and go once you're back online.",
  retrying:
    "The server isn't answering just now. Your latest answers are kept on this device and sent when it does.",
  invalid: "Your answers were not saved yet. Check the answers marked in the form.",
  conflict:
    "Your answers were not saved: they were also changed in another tab or on another device. Choose which to keep at the top of the form.",
  "signed-out":
    "Your answers were not saved: your session has ended. Sign in again; they stay in this tab until then.",
  refused: "Your answers were not saved yet.",
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
  // Adjusted while rendering, so the live region changes together with the line on screen.
  const [seen, setSeen] = useState(status);
  const [announced, setAnnounced] = useState<TAnnouncement | null>(null);
  if (status !== seen) {
    setSeen(status);
    setAnnounced(nextAnnouncement(announced, status));
  }
  // "Check the answers marked" only when some are.
  const textOf = <T extends TSaveStatus>(s: T) =>
    s === "invalid" && !hasFieldErrors ? "refused" : s;
  return (
    <>
      <p className="text-sm text-slate-700">
        {STATUS_TEXT[textOf(status)]}
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
      <p role="status" className="sr-only">
        {announced ? ANNOUNCED_TEXT[textOf(announced)] : ""}
      </p>
    </>
  );
}
