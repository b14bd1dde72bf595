"use client";

import { useMutation } from "~/trpc/use-mutation";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { readServerError } from "~/lib/form-errors";

/** An existing client joins the caseload; a POST, so link-prefetching mail scanners do nothing. */
export function AcceptSignedInButton({ token }: { token: string }) {
  const router = useRouter();
  const accept = useMutation((api) => api.invitations.acceptSignedIn);
  const [message, setMessage] = useState<string | null>(null);

  async function onClick() {
    setMessage(null);
    try {
      await accept.mutateAsync({ token });
      router.replace("/portal");
      router.refresh();
    } catch (error) {
      setMessage(readServerError(error).message);
    }
  }

  return (
    <div className="flex flex-col gap-3">
      {message ? <Alert tone="error">{message}</Alert> : null}
      <Button onClick={onClick} disabled={accept.isPending}>
        {accept.isPending ? "Accepting…" : "Accept"}
      </Button>
    </div>
  );
}
