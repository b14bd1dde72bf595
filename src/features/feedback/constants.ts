/** What feedback's schema and its forms share, without zod: islands import this, not the schema. */

export const FEEDBACK_MAX = 2000;

export const MARK_SEEN_MAX = 100;
