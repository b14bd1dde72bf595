import type { z } from "zod";

export type TPathErrors = Record<string, string[] | undefined>;

/**
 * Zod issues keyed by their whole path joined with "." ("fields.2.label"), so a builder can put
 * each message next to the exact input. (`z.flattenError` keeps only the first path segment.)
 */
export function pathErrorsOf(error: z.ZodError): TPathErrors {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".");
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** The errors below one prefix, with the prefix removed: `errorsUnder(e, "body")`. */
export function errorsUnder(errors: TPathErrors, prefix: string): TPathErrors {
  const out: TPathErrors = {};
  for (const [key, messages] of Object.entries(errors)) {
    if (key === prefix) out[""] = messages;
    else if (key.startsWith(`${prefix}.`)) out[key.slice(prefix.length + 1)] = messages;
  }
  return out;
}
