"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { readServerError } from "~/lib/form-errors";

/**
 * For a button that sends one change: runs it, then re-renders the page from the server; a
 * refusal becomes a plain sentence (`message`) to show beside the button.
 */
export function useRefreshAfter() {
  const router = useRouter();
  const [refreshing, startTransition] = useTransition();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  async function run(change: () => Promise<unknown>) {
    setMessage(null);
    setBusy(true);
    try {
      await change();
      startTransition(() => router.refresh());
    } catch (error) {
      setMessage(readServerError(error).message);
    } finally {
      setBusy(false);
    }
  }
  return { pending: busy || refreshing, message, run };
}
