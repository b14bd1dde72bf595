/** What assignments's schema and its forms share, without zod: islands import this, not the schema. */

export const INSTRUCTIONS_MAX = 2000;

/** The "hours before" a reminder may be sent, as the form offers them. */
export const HOURS_BEFORE_CHOICES = [1, 2, 3, 6, 12, 24, 48] as const;
