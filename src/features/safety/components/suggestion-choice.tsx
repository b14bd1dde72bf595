"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "~/components/ui/button";
import { readServerError } from "~/lib/form-errors";
import { useTRPC } from "~/trpc/react";

/** The client adds a therapist's suggestion to their plan, or says no thanks. */
export function SuggestionChoice({ suggestionId }: { suggestionId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const resolve = useMutation(trpc.safetyPlan.resolveSuggestion.mutationOptions());
  const [refreshing, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const pending = resolve.isPending || refreshing;
  async function choose(add: boolean) {
    setMessage(null);
    try {
      await resolve.mutateAsync({ suggestionId, add });
      startTransition(() => router.refresh());
    } catch (error) {
      setMessage(readServerError(error).message);
    }
  }
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        <Button disabled={pending} onClick={() => void choose(true)}>
          Add to my plan
        </Button>
        <Button variant="secondary" disabled={pending} onClick={() => void choose(false)}>
          No thanks
        </Button>
      </div>
      {message ? (
        <p role="alert" className="text-sm font-medium text-red-700">
          {message}
        </p>
      ) : null}
    </div>
  );
}
