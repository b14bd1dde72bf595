import { z } from "zod";

/**
 * The wire format of every list's cursor: the sort keys of the last item shown (ending in its
 * id), as base64url JSON. The browser only hands it back; the server continues the list after
 * these values (src/server/paging), never by looking a row up, so a cursor names no row.
 * No server imports here: request schemas, which forms and client components import, use
 * ZCursorSchema.
 */
export type TCursorValue = string | number | boolean | Date;
export type TCursor = readonly TCursorValue[];

export const CURSOR_REFUSED =
  "This list has changed since it was shown. Reload the page to see it again.";

const MAX_LENGTH = 512;
const MAX_KEYS = 8;
// Instants Postgres and ISO text both hold; a made-up one outside them is not a cursor of ours.
const EARLIEST = Date.parse("0001-01-01T00:00:00.000Z");
const LATEST = Date.parse("9999-12-31T23:59:59.999Z");

// JSON has no dates: an instant travels as {"d": milliseconds}.
const toWire = (value: TCursorValue) => (value instanceof Date ? { d: value.getTime() } : value);

function fromWire(value: unknown): TCursorValue | null {
  if (typeof value === "boolean") return value;
  // Postgres text cannot hold NUL.
  if (typeof value === "string") return value.includes("\u0000") ? null : value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "object" && value !== null && "d" in value) {
    const ms = value.d;
    return typeof ms === "number" && Number.isInteger(ms) && ms >= EARLIEST && ms <= LATEST
      ? new Date(ms)
      : null;
  }
  return null;
}

export function encodeCursor(values: TCursor): string {
  const bytes = new TextEncoder().encode(JSON.stringify(values.map(toWire)));
  return btoa(String.fromCharCode(...bytes))
    .replaceAll("+", "-")
    .replaceAll("/", "_")
    .replace(/=+$/, "");
}

/** The values of a cursor `encodeCursor` made; null for anything else. */
export function decodeCursor(cursor: string): TCursor | null {
  if (cursor.length > MAX_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  let parsed: unknown;
  try {
    const binary = atob(cursor.replaceAll("-", "+").replaceAll("_", "/"));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    parsed = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length < 2 || parsed.length > MAX_KEYS) return null;
  const values = parsed.map(fromWire);
  if (values.some((v) => v === null) || typeof values.at(-1) !== "string") return null;
  const cursorValues = values as TCursorValue[];
  // The same values written another way (spacing, padding, 1.0) were not made here either.
  return encodeCursor(cursorValues) === cursor ? cursorValues : null;
}

/**
 * Every list request's `cursor`, decoded. One the app did not make (edited, from an older
 * version) is a field error with a plain sentence, never a failure.
 */
export const ZCursorSchema = z.string().transform((value, ctx): TCursor => {
  const cursor = decodeCursor(value);
  if (cursor) return cursor;
  ctx.addIssue({ code: "custom", message: CURSOR_REFUSED });
  return z.NEVER;
});

/** One page of a list: its items, and the cursor of the next page (null on the last). */
export type TPage<Item> = { items: Item[]; nextCursor: string | null };

/** Every list response: a page of `item`, `.extend`ed with what the page heading needs. */
export const ZPageSchema = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });
