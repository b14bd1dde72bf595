import Link from "next/link";

const linkClass = "font-semibold text-brand-800 underline underline-offset-2";

/**
 * "First page" / "Next page of …" links under a list, named after what is listed so a screen
 * reader user knows which list on the page they move through. `pagerLinks` (lib/paging) makes
 * both links from the list's cursors.
 */
export function Pager({
  of,
  firstHref,
  nextHref,
}: {
  /** What the list holds, in the plural: "submissions". */
  of: string;
  /** Set on later pages: back to the start. */
  firstHref?: string | null;
  /** Set while more rows follow. */
  nextHref?: string | null;
}) {
  if (!firstHref && !nextHref) return null;
  return (
    <nav aria-label={`Pages of ${of}`} className="flex flex-wrap gap-4">
      {firstHref ? (
        <Link href={firstHref} className={linkClass}>
          First page of {of}
        </Link>
      ) : null}
      {nextHref ? (
        <Link href={nextHref} className={linkClass}>
          Next page of {of}
        </Link>
      ) : null}
    </nav>
  );
}
