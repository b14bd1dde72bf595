import "server-only";
import { createHash, randomBytes } from "node:crypto";

/** 256 random bits for the link; only the hash is stored, so a database leak opens nothing. */
export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token) };
}

export const hashInvitationToken = (token: string) =>
  createHash("sha256").update(token).digest("hex");
