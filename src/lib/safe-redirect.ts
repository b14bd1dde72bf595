/** Only same-site paths may be redirect targets (no `//host` or absolute URLs). */
export function safeInternalPath(candidate: string | null | undefined, fallback: string): string {
  if (!candidate || !candidate.startsWith("/") || candidate.startsWith("//")) return fallback;
  if (candidate.includes("\\") || /[\u0000-\u001f]/.test(candidate)) return fallback;
  return candidate;
}
