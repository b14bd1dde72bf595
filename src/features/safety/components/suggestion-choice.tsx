"use client";

import { useMutation } from "~/trpc/use-mutation";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { useRefreshAfter } from "~/components/ui/use-refresh-after";

/** The client adds a therapist's suggestion to their plan, or says no thanks. */
export function SuggestionChoice({ suggestionId }: { suggestionId: string }) {
  const resolve = useMutation((api) => api.safetyPlan.resolveSuggestion);
  const { pending, message, run } = useRefreshAfter();
  const choose = (add: boolean) => run(() => resolve.mutateAsync({ suggestionId, add }));
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        <Button disabled={pending} onClick={() => choose(true)}>
          Add to my plan
        </Button>
        <Button variant="secondary" disabled={pending} onClick={() => choose(false)}>
          No thanks
        </Button>
      </div>
      {message ? <Alert tone="error">{message}</Alert> : null}
    </div>
  );
}
