"use client";

import { Button } from "~/components/ui/button";

/** Prints the page; the print stylesheet leaves only the plan. */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button variant="secondary" className="print:hidden" onClick={() => window.print()}>
      {label}
    </Button>
  );
}
