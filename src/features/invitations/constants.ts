/** What invitations's schema and its forms share, without zod: islands import this, not the schema. */

export const INVITATION_DAYS = 7;
