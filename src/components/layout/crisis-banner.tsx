import { env } from "~/env";

/** Always on client pages: homework is not crisis care. */
export function CrisisBanner() {
  return (
    <aside
      aria-label="Crisis support"
      className="rounded-xl border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950 print:hidden"
    >
      <p className="font-semibold">
        If you are in danger right now, call your local emergency number.
      </p>
      <p className="mt-1">
        If you feel unsafe or overwhelmed, <CrisisLink />. This app is for homework between sessions
        and is not watched around the clock.
      </p>
    </aside>
  );
}

/** The crisis line finder, opened in a new tab: the banner's and every caring message's link. */
export function CrisisLink() {
  return (
    <a
      href={env.CRISIS_RESOURCES_URL}
      className="font-semibold underline"
      target="_blank"
      rel="noreferrer"
    >
      find a crisis line near you<span className="sr-only"> (opens in a new tab)</span>
    </a>
  );
}
