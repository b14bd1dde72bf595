/**
 * Debian's Chromium, which the end-to-end tests and the bench's Lighthouse runs drive
 * (Playwright's own browsers cannot be downloaded offline), and the flags both start it with:
 * no sandbox as root, nothing fetched from the internet, no name resolved but this machine's.
 */
export const SYSTEM_CHROMIUM = "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
];
