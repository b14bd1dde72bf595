"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "~/components/ui/button";
import { readServerError } from "~/lib/form-errors";
import { useTRPC } from "~/trpc/react";

/** The therapist has seen the flag: it leaves the open list and stays in the client's history. */
export function AcknowledgeFlagButton({ flagId, reason }: { flagId: string; reason: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const acknowledge = useMutation(trpc.flags.acknowledge.mutationOptions());
  const [refreshing, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const pending = acknowledge.isPending || refreshing;
  return (
    <div className="flex flex-col gap-1">
      <Button
        variant="secondary"
        disabled={pending}
        aria-label={`Acknowledge: ${reason}`}
        onClick={async () => {
          setMessage(null);
          try {
            await acknowledge.mutateAsync({ flagId });
            startTransition(() => router.refresh());
          } catch (error) {
            setMessage(readServerError(error).message);
          }
        }}
      >
        {pending ? "Saving…" : "Acknowledge"}
      </Button>
      {message ? (
        <p role="alert" className="text-sm font-medium text-red-700">
          {message}
        </p>
      ) : null}
    </div>
  );
}
