import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db, type Prisma } from "~/server/db";

/**
 * Links in emails. The token is 256 random bits; only its sha256 is stored. Each is bound to one
 * purpose, one target path in the app and, where an account exists, one user; it expires; and one
 * that signs someone in is used once (consumeLinkToken).
 */
export type TLinkPurpose =
  "SIGN_IN" | "CONFIRM_EMAIL" | "REMINDER" | "PASSWORD_RESET" | "UNSUBSCRIBE";

const MINUTE_MS = 60_000;
export const LINK_LIFETIME_MS: Record<TLinkPurpose, number> = {
  SIGN_IN: 15 * MINUTE_MS,
  // A new therapist's first sign-in: they may read the email hours later.
  CONFIRM_EMAIL: 24 * 60 * MINUTE_MS,
  REMINDER: 72 * 60 * MINUTE_MS,
  PASSWORD_RESET: 30 * MINUTE_MS,
  // Settings reached from an email without signing in; it changes email settings only.
  UNSUBSCRIBE: 90 * 24 * 60 * MINUTE_MS,
};

/** 32 random bytes in base64url: exactly 43 characters of this alphabet. */
export const LINK_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export const hashLinkToken = (token: string) => createHash("sha256").update(token).digest("hex");

type Writer = Pick<Prisma.TransactionClient, "linkToken">;

type TLink = { purpose: TLinkPurpose; userId: string | null; targetPath: string };

export async function mintLinkToken(writer: Writer, link: TLink, now = new Date()) {
  const [token] = await mintLinkTokens(writer, [link], now);
  return token!;
}

/** Several links in one statement (an email with an "open" and a "settings" link). */
export async function mintLinkTokens(
  writer: Writer,
  links: TLink[],
  now = new Date(),
): Promise<string[]> {
  const tokens = links.map(() => randomBytes(32).toString("base64url"));
  await writer.linkToken.createMany({
    data: links.map((link, i) => ({
      purpose: link.purpose,
      userId: link.userId,
      targetPath: link.targetPath,
      tokenHash: hashLinkToken(tokens[i]!),
      expiresAt: new Date(now.getTime() + LINK_LIFETIME_MS[link.purpose]),
    })),
  });
  return tokens;
}

export type TLinkLookup =
  | { state: "unknown" }
  | {
      state: "usable" | "used" | "expired";
      purpose: TLinkPurpose;
      userId: string | null;
      targetPath: string;
    };

type TLinkRow = {
  purpose: TLinkPurpose | "INVITE";
  userId: string | null;
  targetPath: string;
  usedAt: Date | null;
  expiresAt: Date;
};

/** A stored link at `now`: used wins over expired; invitations have their own table and page. */
export function linkStateOf(row: TLinkRow | null, now: Date): TLinkLookup {
  if (!row || row.purpose === "INVITE") return { state: "unknown" };
  const state = row.usedAt ? "used" : row.expiresAt <= now ? "expired" : "usable";
  return { state, purpose: row.purpose, userId: row.userId, targetPath: row.targetPath };
}

/** What a link is, without using it: opening a link (GET) never changes anything. */
export async function lookUpLinkToken(token: string, now = new Date()): Promise<TLinkLookup> {
  if (!LINK_TOKEN_PATTERN.test(token)) return { state: "unknown" };
  const row = await db.linkToken.findUnique({
    where: { tokenHash: hashLinkToken(token) },
    select: { purpose: true, userId: true, targetPath: true, usedAt: true, expiresAt: true },
  });
  return linkStateOf(row, now);
}

/**
 * Uses a link once: the first caller gets its user and target, every later one (and any expired,
 * unknown or malformed token, or one of another purpose) gets null. Atomic, so two clicks racing
 * cannot both sign in.
 */
export async function consumeLinkToken(
  token: string,
  purposes: TLinkPurpose[],
  now = new Date(),
): Promise<{ userId: string; targetPath: string; purpose: TLinkPurpose } | null> {
  if (!LINK_TOKEN_PATTERN.test(token)) return null;
  const [used] = await db.linkToken.updateManyAndReturn({
    where: {
      tokenHash: hashLinkToken(token),
      purpose: { in: purposes },
      usedAt: null,
      expiresAt: { gt: now },
      userId: { not: null },
    },
    data: { usedAt: now },
    select: { userId: true, targetPath: true, purpose: true },
  });
  if (!used?.userId || used.purpose === "INVITE") return null;
  return { userId: used.userId, targetPath: used.targetPath, purpose: used.purpose };
}
