/*
 * Signing in and out from the browser: the two requests next-auth's own client makes (a CSRF
 * token, then a form post to /api/auth), without its React session context, which no page uses:
 * pages check the session on the server.
 */

async function postToAuth(path: string, fields: Record<string, string>) {
  const csrf = await fetch("/api/auth/csrf", { cache: "no-store" });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  return fetch(`/api/auth/${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      ...fields,
      csrfToken,
      callbackUrl: window.location.href,
      json: "true",
    }),
  });
}

/**
 * Signs in with one of next-auth's providers. `ok` is false with next-auth's error code
 * ("CredentialsSignin", "RateLimited", …) when refused; a network failure rejects.
 */
export async function signIn(
  provider: "credentials" | "email-link",
  fields: Record<string, string>,
): Promise<{ ok: boolean; error: string | null }> {
  const response = await postToAuth(`callback/${provider}`, fields);
  const { url } = (await response.json()) as { url?: string };
  const error = url ? new URL(url, window.location.origin).searchParams.get("error") : null;
  return { ok: response.ok && !error, error: error ?? (response.ok ? null : "Refused") };
}

/** Ends this browser's session on the server; rejects when the server could not be reached. */
export async function signOut(): Promise<void> {
  const response = await postToAuth("signout", {});
  if (!response.ok) throw new Error(`sign-out answered ${response.status}`);
}
