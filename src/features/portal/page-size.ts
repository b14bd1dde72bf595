/**
 * How many items each home section shows, and each "Show more" adds. A module of its own: the
 * client's lists import it without pulling zod (the request schemas) into the page.
 */
export const PORTAL_PAGE_SIZE = 10;
