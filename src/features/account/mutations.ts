import "server-only";
import { db, Prisma } from "~/server/db";
import { AppError } from "~/server/errors";
import { hashPassword } from "~/server/auth/password";
import { addJob } from "~/server/jobs";
import {
  readNotificationPrefs,
  type TEmailList,
  type TNotificationPrefs,
  type TSignUpRequest,
} from "./schema";

export async function signUpTherapist(input: TSignUpRequest): Promise<{ userId: string }> {
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db.user.create({
      data: { name: input.name, email: input.email, role: "THERAPIST", passwordHash },
      select: { id: true },
    });
    return { userId: user.id };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", {
        userMessage: "An account with this email already exists.",
        fieldErrors: { email: ["An account with this email already exists. Sign in instead."] },
      });
    }
    throw error;
  }
}

/**
 * Saves a client's email settings; their planned reminders follow (a job, so this answers at once
 * however much homework they have).
 */
export async function updateNotificationPrefs(userId: string, prefs: TNotificationPrefs) {
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { notificationPrefs: prefs } });
    await addJob(tx, "replan-reminders", { clientId: userId });
  });
}

/**
 * The one-click unsubscribe of an email (RFC 8058): that kind of email off, nothing else.
 */
export async function unsubscribe(userId: string, list: TEmailList) {
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: { notificationPrefs: true },
    });
    const prefs = {
      ...readNotificationPrefs(user.notificationPrefs),
      ...(list === "reminders" ? { remindersOn: false } : { feedbackEmailsOn: false }),
    };
    await tx.user.update({ where: { id: userId }, data: { notificationPrefs: prefs } });
    await addJob(tx, "replan-reminders", { clientId: userId });
  });
}
