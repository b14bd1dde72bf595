"use client";

import { Button } from "~/components/ui/button";

/** Prints the page; print: classes leave out what only makes sense on screen. */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button variant="secondary" className="print:hidden" onClick={() => window.print()}>
      {label}
    </Button>
  );
}
