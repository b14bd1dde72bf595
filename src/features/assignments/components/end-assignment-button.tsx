"use client";

import { useMutation } from "~/trpc/use-mutation";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "~/components/ui/button";
import { readServerError } from "~/lib/form-errors";

export function EndAssignmentButton({
  assignmentId,
  title,
}: {
  assignmentId: string;
  title: string;
}) {
  const router = useRouter();
  const end = useMutation((api) => api.assignments.end);
  const [message, setMessage] = useState<string | null>(null);

  async function onClick() {
    if (!window.confirm(`End "${title}"? Nothing more will be due; what was done stays.`)) return;
    try {
      await end.mutateAsync({ assignmentId });
      router.refresh();
    } catch (error) {
      setMessage(readServerError(error).message);
    }
  }
  return (
    <>
      <Button
        variant="secondary"
        onClick={onClick}
        disabled={end.isPending}
        aria-label={`End ${title}`}
      >
        End
      </Button>
      {message ? (
        <p role="alert" className="text-sm text-red-700">
          {message}
        </p>
      ) : null}
    </>
  );
}
