import "server-only";
import { db, Prisma } from "~/server/db";
import { AppError } from "~/server/errors";
import { burnPasswordCheck, hashPassword, verifyPassword } from "~/server/auth/password";
import { createSession } from "~/server/auth/sessions";
import { hitRateLimit } from "~/server/rate-limit";
import { ZSignInRequestSchema, type TSignUpRequest } from "./schema";

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

const SIGN_IN_WINDOW_SECONDS = 15 * 60;

export type SignInResult =
  | { kind: "signed-in"; userId: string; sessionId: string }
  | { kind: "refused" }
  | { kind: "rate-limited" };

/** Every refusal looks the same to the caller, whether the email exists or not. */
export async function signInWithPassword(input: {
  email: string;
  password: string;
  ip: string;
  userAgent?: string;
}): Promise<SignInResult> {
  const parsed = ZSignInRequestSchema.safeParse(input);
  if (!parsed.success) return { kind: "refused" };
  const { email, password } = parsed.data;
  const [perAccount, perIp] = await Promise.all([
    hitRateLimit(`sign-in:email:${email}`, 10, SIGN_IN_WINDOW_SECONDS),
    hitRateLimit(`sign-in:ip:${input.ip}`, 100, SIGN_IN_WINDOW_SECONDS),
  ]);
  if (!perAccount || !perIp) return { kind: "rate-limited" };

  const user = await db.user.findUnique({ where: { email }, select: { id: true, passwordHash: true } });
  if (!user?.passwordHash) {
    await burnPasswordCheck(password);
    return { kind: "refused" };
  }
  if (!(await verifyPassword(user.passwordHash, password))) return { kind: "refused" };
  const sessionId = await createSession(user.id, input.userAgent);
  return { kind: "signed-in", userId: user.id, sessionId };
}
