"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * A message the page opens with after a save (it arrives in a new render, not as a live update):
 * focus moves to it, so a screen reader reads it first and a keyboard starts from it.
 */
export function FocusHere({
  label,
  className = "",
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  const box = useRef<HTMLElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <section
      ref={box}
      tabIndex={-1}
      aria-label={label}
      className={`focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700 ${className}`}
    >
      {children}
    </section>
  );
}
