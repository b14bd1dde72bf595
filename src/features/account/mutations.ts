import "server-only";
import { db, Prisma } from "~/server/db";
import { AppError } from "~/server/errors";
import { hashPassword } from "~/server/auth/password";
import type { TSignUpRequest } from "./schema";

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
