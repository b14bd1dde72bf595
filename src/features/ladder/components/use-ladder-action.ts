"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { readServerError, type TFieldErrors } from "~/lib/form-errors";

/**
 * Runs a ladder mutation, then re-renders the page from the server so every step's state comes
 * from the same source of truth. Keeps the server's field errors and sentence for the form.
 */
export function useLadderAction() {
  const router = useRouter();
  const [refreshing, startTransition] = useTransition();
  const [fieldErrors, setFieldErrors] = useState<TFieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [running, setRunning] = useState(false);

  async function run(action: () => Promise<unknown>): Promise<boolean> {
    setRunning(true);
    setMessage(null);
    try {
      await action();
      setFieldErrors({});
      startTransition(() => router.refresh());
      return true;
    } catch (error) {
      const { message, fieldErrors } = readServerError(error);
      setFieldErrors(fieldErrors);
      setMessage(message);
      return false;
    } finally {
      setRunning(false);
    }
  }

  return { run, pending: running || refreshing, fieldErrors, setFieldErrors, message };
}
