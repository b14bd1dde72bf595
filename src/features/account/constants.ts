/** What account's schema and its forms share, without zod: islands import this, not the schema. */

export const PASSWORD_MIN_LENGTH = 10;
