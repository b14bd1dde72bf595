"use client";

import { useMutation } from "~/trpc/use-mutation";
import { useState } from "react";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { useRefreshAfter } from "~/components/ui/use-refresh-after";

/** Shares an entry kept just for the client; asks first, since it cannot be taken back. */
export function ShareEntryButton({ submissionId }: { submissionId: string }) {
  const share = useMutation((api) => api.worksheets.share);
  const [confirming, setConfirming] = useState(false);
  const { pending, message, run } = useRefreshAfter();
  if (!confirming) {
    return (
      <Button variant="secondary" className="self-start" onClick={() => setConfirming(true)}>
        Share with my therapist
      </Button>
    );
  }
  return (
    <div role="group" aria-label="Share this entry" className="flex flex-col gap-2">
      <p className="text-sm">
        Your therapist will see your answers. Once shared, it can&rsquo;t be made private again.
      </p>
      <div className="flex flex-wrap gap-2">
        <Button disabled={pending} onClick={() => run(() => share.mutateAsync({ submissionId }))}>
          {pending ? "Sharing…" : "Yes, share it"}
        </Button>
        <Button variant="secondary" disabled={pending} onClick={() => setConfirming(false)}>
          Cancel
        </Button>
      </div>
      {message ? <Alert tone="error">{message}</Alert> : null}
    </div>
  );
}

/** After a hard private entry: the therapist is asked to follow up; the answers stay private. */
export function TellTherapistButton({ submissionId }: { submissionId: string }) {
  const tell = useMutation((api) => api.worksheets.tellTherapist);
  const { pending, message, run } = useRefreshAfter();
  return (
    <div className="flex flex-col gap-2">
      <p>
        This entry is just for you, so your therapist has not been told. Would you like them to know
        it was a hard one? They will not see your answers.
      </p>
      <Button
        className="self-start"
        disabled={pending}
        onClick={() => run(() => tell.mutateAsync({ submissionId }))}
      >
        {pending ? "Sending…" : "Tell my therapist"}
      </Button>
      {message ? <Alert tone="error">{message}</Alert> : null}
    </div>
  );
}
