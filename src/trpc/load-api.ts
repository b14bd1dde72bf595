import type { api } from "./client";

export type TApi = typeof api;

/**
 * The browser's tRPC client, fetched when a page first sends something: it and superjson stay
 * out of every page's first load (issue 13's budget), and later calls reuse the loaded module.
 */
export const loadApi = async (): Promise<TApi> => (await import("./client")).api;
