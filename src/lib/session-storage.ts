/**
 * Runs `action` on this tab's sessionStorage. Outside the browser, or where storage is blocked
 * or full, the answer is undefined: what is kept there is only ever a convenience copy, so the
 * page works on without it.
 */
export function withSessionStorage<T>(action: (storage: Storage) => T): T | undefined {
  try {
    // Reading window.sessionStorage itself throws where the browser blocks storage.
    return typeof window === "undefined" ? undefined : action(window.sessionStorage);
  } catch {
    return undefined;
  }
}
