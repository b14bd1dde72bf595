"use client";

import { useId, useState, type ReactNode } from "react";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";

/** An accept link to copy and send: shown once, right after it was made (only its hash is kept). */
export function InvitationLink({
  url,
  label,
  children,
}: {
  url: string;
  /** The input's accessible name, unique on the page. */
  label: string;
  /** What the link is for, above it. */
  children: ReactNode;
}) {
  const id = useId();
  const [copied, setCopied] = useState<"yes" | "blocked" | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied("yes");
    } catch {
      setCopied("blocked");
    }
  }

  return (
    <Alert tone="success">
      <div className="flex flex-col gap-2">
        <p>{children}</p>
        <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
          <label htmlFor={id} className="sr-only">
            {label}
          </label>
          <input
            id={id}
            readOnly
            value={url}
            onFocus={(e) => e.currentTarget.select()}
            className="min-h-11 flex-1 rounded-lg border border-slate-400 bg-white px-3 font-mono text-sm text-slate-900"
          />
          <Button variant="secondary" onClick={copy}>
            {copied === "yes" ? "Copied" : "Copy link"}
          </Button>
        </div>
        {copied === "blocked" ? (
          <p>Copying is blocked in this browser. Select the link and copy it yourself.</p>
        ) : null}
      </div>
    </Alert>
  );
}
