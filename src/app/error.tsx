"use client";

import { Button, ButtonLink } from "~/components/ui/button";

/** Shown instead of a stack trace. The error is logged on the server, not here. */
export default function ErrorPage({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col justify-center gap-4 px-4">
      <h1 className="text-2xl font-bold">Something went wrong on our side</h1>
      <p className="text-slate-700">It was not something you did. Please try again in a moment.</p>
      <div className="flex gap-3">
        <Button onClick={reset}>Try again</Button>
        <ButtonLink href="/home" variant="secondary">
          Go to your home page
        </ButtonLink>
      </div>
    </main>
  );
}
