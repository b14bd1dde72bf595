"use client";

import { useMutation } from "~/trpc/use-mutation";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { readServerError } from "~/lib/form-errors";

/** "Make my own copy": a new own template, opened in the editor. */
export function DuplicateTemplateButton({ id }: { id: string }) {
  const router = useRouter();
  const duplicate = useMutation((api) => api.templates.duplicate);
  return (
    <>
      <Button
        variant="secondary"
        disabled={duplicate.isPending}
        onClick={async () => {
          const copy = await duplicate.mutateAsync({ id }).catch(() => null);
          if (copy) router.push(`/therapist/templates/${copy.id}/edit`);
        }}
      >
        Make my own copy
      </Button>
      {duplicate.error ? (
        <Alert tone="error">{readServerError(duplicate.error).message}</Alert>
      ) : null}
    </>
  );
}

/** Archive asks once more in place, instead of a browser dialog. */
export function ArchiveTemplateButton({ id }: { id: string }) {
  const router = useRouter();
  const archive = useMutation((api) => api.templates.archive);
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <Button variant="ghost" onClick={() => setConfirming(true)}>
        Archive
      </Button>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Confirm archive">
      <span className="text-sm text-slate-800">
        Hide it from your library? Homework already given keeps working.
      </span>
      <Button
        variant="danger"
        disabled={archive.isPending}
        onClick={async () => {
          const done = await archive.mutateAsync({ id }).catch(() => null);
          if (done) {
            router.push("/therapist/templates");
            router.refresh();
          }
        }}
      >
        Yes, archive it
      </Button>
      <Button variant="secondary" onClick={() => setConfirming(false)}>
        Keep it
      </Button>
      {archive.error ? <Alert tone="error">{readServerError(archive.error).message}</Alert> : null}
    </div>
  );
}
