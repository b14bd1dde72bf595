/** What worksheets's schema and its forms share, without zod: islands import this, not the schema. */

export const FOLLOW_UP_NOTE_MAX = 2000;
