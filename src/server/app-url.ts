import "server-only";
import { env } from "~/env";

/** An absolute link into the app (emails, redirects): APP_URL, as the browser knows the app. */
export const appUrl = (path: string) => `${env.APP_URL.replace(/\/$/, "")}${path}`;
