"use client";

import { Button, buttonClass } from "~/components/ui/button";

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
        {/* A full load: the home page starts afresh, and next/link stays out of every page's chunks. */}
        <a href="/home" className={buttonClass("secondary")}>
          Go to your home page
        </a>
      </div>
    </main>
  );
}
