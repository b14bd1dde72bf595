"use client";

import { useMutation } from "@tanstack/react-query";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { useRefreshAfter } from "~/components/ui/use-refresh-after";
import { useTRPC } from "~/trpc/react";

/** The therapist has seen the flag: it leaves the open list and stays in the client's history. */
export function AcknowledgeFlagButton({ flagId, reason }: { flagId: string; reason: string }) {
  const trpc = useTRPC();
  const acknowledge = useMutation(trpc.flags.acknowledge.mutationOptions());
  const { pending, message, run } = useRefreshAfter();
  return (
    <div className="flex flex-col gap-1">
      <Button
        variant="secondary"
        disabled={pending}
        aria-label={`Acknowledge: ${reason}`}
        onClick={() => run(() => acknowledge.mutateAsync({ flagId }))}
      >
        {pending ? "Saving…" : "Acknowledge"}
      </Button>
      {message ? <Alert tone="error">{message}</Alert> : null}
    </div>
  );
}
