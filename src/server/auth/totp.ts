import "server-only";
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  hkdfSync,
  randomBytes,
  randomInt,
} from "node:crypto";
import { generateSecret, generateURI, verify } from "otplib";
import { env } from "~/env";

/**
 * Two-step sign-in with an authenticator app (TOTP, RFC 6238, via otplib) and one-time recovery
 * codes. The app's secret is stored encrypted (AES-256-GCM, key derived from AUTH_SECRET), so a
 * copy of the database alone cannot produce codes.
 */

const key = () =>
  Buffer.from(hkdfSync("sha256", env.AUTH_SECRET, "trust-steps", "totp-secret", 32));

export function sealSecret(secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const sealed = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return [iv, sealed, cipher.getAuthTag()].map((b) => b.toString("base64url")).join(".");
}

export function openSecret(sealed: string): string {
  const [iv, data, tag] = sealed.split(".").map((part) => Buffer.from(part, "base64url"));
  const decipher = createDecipheriv("aes-256-gcm", key(), iv!);
  decipher.setAuthTag(tag!);
  return Buffer.concat([decipher.update(data!), decipher.final()]).toString("utf8");
}

export const newTotpSecret = () => generateSecret();

export const totpUri = (secret: string, email: string) =>
  generateURI({ issuer: "Trust Steps", label: email, secret });

/**
 * The time step of a right code (the current one, or one either side for a clock that drifts),
 * null for a wrong one or one already used (`afterStep`: the last step accepted).
 */
export async function checkTotp(
  secret: string,
  code: string,
  afterStep: number | null,
): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const result = await verify({
    secret,
    token: code,
    epochTolerance: 30,
    ...(afterStep === null ? {} : { afterTimeStep: afterStep }),
  });
  return result.valid && "timeStep" in result ? result.timeStep : null;
}

const RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** Ten codes such as "k7qm-2xfa-9bte": about 59 bits each, easy to type from paper. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: 10 }, () => {
    // randomInt: every character equally likely (a byte modulo 31 would not be).
    const chars = Array.from(
      { length: 12 },
      () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)],
    );
    return [0, 4, 8].map((i) => chars.slice(i, i + 4).join("")).join("-");
  });
}

/** Case, spaces and dashes do not matter when a code is typed. */
export const hashRecoveryCode = (code: string) =>
  createHash("sha256").update(code.toLowerCase().replace(/[\s-]/g, "")).digest("hex");
