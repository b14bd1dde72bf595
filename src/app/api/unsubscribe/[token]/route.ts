import { NextResponse } from "next/server";
import { appUrl } from "~/server/app-url";
import { emailSettingsLink } from "~/features/account/data";
import { unsubscribe } from "~/features/account/mutations";
import { LINK_TOKEN_PATTERN } from "~/server/auth/link-tokens";
import { AppError } from "~/server/errors";
import { logger } from "~/server/logger";

type Context = { params: Promise<{ token: string }> };

const gone = () => new NextResponse("This link is no longer valid.", { status: 404 });

/**
 * One-click unsubscribe (RFC 8058): a mail app's "Unsubscribe" button POSTs here, from anywhere,
 * with no cookie; the link is the permission, and all it can do is turn off the kind of email it
 * came in (reminders, or feedback notes).
 */
export async function POST(_request: Request, { params }: Context) {
  const { token } = await params;
  if (!LINK_TOKEN_PATTERN.test(token)) return gone();
  try {
    const { userId, list } = await emailSettingsLink(token);
    await unsubscribe(userId, list);
    return new NextResponse("Unsubscribed.", { status: 200 });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return gone();
    logger.error("unsubscribe failed", { error });
    return new NextResponse("Something went wrong. Please try again later.", { status: 500 });
  }
}

/** Opened in a browser instead: the settings page the same link opens. */
export async function GET(_request: Request, { params }: Context) {
  const { token } = await params;
  return NextResponse.redirect(appUrl(`/email-settings/${encodeURIComponent(token)}`), 303);
}
