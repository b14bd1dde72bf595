"use client";

import { useMutation } from "~/trpc/use-mutation";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { readServerError } from "~/lib/form-errors";

/** "I agree" on the notice page: recorded, then on to where the person was going. */
export function AcceptNoticeButton({ version, next }: { version: string; next: string }) {
  const router = useRouter();
  const accept = useMutation((api) => api.account.acceptNotice);
  const [moving, startTransition] = useTransition();
  return (
    <div className="flex flex-col gap-2">
      {accept.error ? <Alert tone="error">{readServerError(accept.error).message}</Alert> : null}
      <Button
        className="self-start"
        disabled={accept.isPending || moving}
        onClick={() =>
          accept.mutate(
            { version },
            { onSuccess: () => startTransition(() => router.replace(next)) },
          )
        }
      >
        {accept.isPending || moving ? "Saving…" : "I agree"}
      </Button>
    </div>
  );
}
