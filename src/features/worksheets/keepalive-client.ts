import { createTRPCClient, httpLink } from "@trpc/client";
import superjson from "superjson";
import type { AppRouter } from "~/server/root";

/*
 * Chrome refuses a keepalive request once the bodies of all keepalive requests in flight pass
 * 64 KiB (the fetch fails at once). Some room is left for another one still under way.
 */
export const KEEPALIVE_BODY_MAX_BYTES = 60 * 1024;

const bytesOf = (body: RequestInit["body"]) =>
  typeof body === "string" ? new TextEncoder().encode(body).byteLength : Infinity;

/**
 * `fetch` with keepalive when the body is small enough; a longer worksheet goes as a plain
 * request (it may not outlive the page, but it is sent, and the tab's copy stays as a fallback).
 */
const keepaliveFetch = (url: RequestInfo | URL, init: RequestInit = {}) =>
  fetch(url, { ...init, keepalive: bytesOf(init.body) <= KEEPALIVE_BODY_MAX_BYTES });

/** For the last save as a page goes away: a `keepalive` request outlives the page that sent it. */
export const createKeepaliveClient = () =>
  createTRPCClient<AppRouter>({
    links: [httpLink({ url: "/api/trpc", transformer: superjson, fetch: keepaliveFetch })],
  });
