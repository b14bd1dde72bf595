"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { Alert } from "./alert";
import { Button } from "./button";
import { useRefreshAfter } from "./use-refresh-after";

/**
 * A button for a change worth a second thought: it opens a question in place (focus moves to it,
 * Escape or Cancel closes it and returns focus), and only "confirm" sends the change, after which
 * the page re-renders from the server.
 */
export function ConfirmButton({
  label,
  question,
  confirmLabel,
  onConfirm,
  variant = "secondary",
}: {
  label: string;
  question: ReactNode;
  confirmLabel: string;
  onConfirm: () => Promise<unknown>;
  variant?: "primary" | "secondary" | "ghost" | "danger";
}) {
  const [confirming, setConfirming] = useState(false);
  const { pending, message, run } = useRefreshAfter();
  const questionId = useId();
  const questionRef = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (confirming) questionRef.current?.focus();
    else if (returnFocus.current) trigger.current?.focus();
    returnFocus.current = false;
  }, [confirming]);

  function cancel() {
    returnFocus.current = true;
    setConfirming(false);
  }

  return (
    <div className="flex flex-col gap-2">
      {message ? <Alert tone="error">{message}</Alert> : null}
      {confirming ? (
        <div
          role="group"
          aria-labelledby={questionId}
          onKeyDown={(event: KeyboardEvent) => event.key === "Escape" && cancel()}
          className="flex flex-col gap-3 rounded-lg border border-slate-300 bg-white p-4"
        >
          <div
            id={questionId}
            ref={questionRef}
            tabIndex={-1}
            className="flex flex-col gap-2 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
          >
            {question}
          </div>
          <div className="flex flex-wrap gap-2">
            <Button disabled={pending} onClick={() => void run(onConfirm)}>
              {pending ? "Saving…" : confirmLabel}
            </Button>
            <Button variant="secondary" disabled={pending} onClick={cancel}>
              Cancel
            </Button>
          </div>
        </div>
      ) : (
        <Button
          ref={trigger}
          variant={variant}
          className="self-start"
          onClick={() => setConfirming(true)}
        >
          {label}
        </Button>
      )}
    </div>
  );
}
