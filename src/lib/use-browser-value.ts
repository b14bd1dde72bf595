import { useSyncExternalStore } from "react";

const noSubscribe = () => () => {};

/**
 * A value only the browser knows (its storage, its time zone). The server and the first browser
 * render use `serverValue`, so the HTML matches; the browser's value follows at once. `read` must
 * return the same value each call (a cached list, a string), or React re-renders without end.
 */
export function useBrowserValue<T>(read: () => T, serverValue: T): T {
  return useSyncExternalStore(noSubscribe, read, () => serverValue);
}

/** True once rendering in the browser, for parts that need sessionStorage. */
export const useInBrowser = () => useBrowserValue(() => true, false);
