import { buttonClass } from "~/components/ui/button";

export default function NotFound() {
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col justify-center gap-4 px-4">
      <h1 className="text-2xl font-bold">We could not find that page</h1>
      <p className="text-slate-700">The link may be old, or the page may have moved.</p>
      {/* A plain link: next/link here would join the chunk every page loads (see error.tsx). */}
      <a href="/home" className={buttonClass("primary", "self-start")}>
        Go to your home page
      </a>
    </main>
  );
}
