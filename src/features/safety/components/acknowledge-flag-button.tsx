"use client";

import { useMutation } from "~/trpc/use-mutation";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { useRefreshAfter } from "~/components/ui/use-refresh-after";

/** The therapist has seen the flag: it leaves the open list and stays in the client's history. */
export function AcknowledgeFlagButton({ flagId, reason }: { flagId: string; reason: string }) {
  const acknowledge = useMutation((api) => api.flags.acknowledge);
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
