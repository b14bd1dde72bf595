import { z } from "zod";
import { ROLES } from "~/server/auth/access";
import { ZEmail } from "~/server/auth/credentials";

export const ZRole = z.enum(ROLES);

// A short list of the passwords most often tried first; longer lists belong in a breach check.
const COMMON_PASSWORDS = new Set([
  "password123",
  "password1234",
  "1234567890",
  "12345678910",
  "qwertyuiop",
  "iloveyou123",
  "letmein123",
  "welcome123",
  "passw0rd123",
  "abcdefghij",
  "0123456789",
  "1111111111",
  "trustno1234",
]);

export const PASSWORD_MIN_LENGTH = 10;

export const ZNewPassword = z
  .string()
  .min(1, "Choose a password.")
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(200, "Use at most 200 characters.")
  .refine(
    (p) => !COMMON_PASSWORDS.has(p.toLowerCase()),
    "This password is too common. Choose another.",
  )
  .refine((p) => new Set(p).size >= 4, "Use a mix of different characters.");

export const ZPersonName = z
  .string()
  .trim()
  .min(1, "Enter your name.")
  .max(100, "Use at most 100 characters.");

export const ZSignUpRequestSchema = z.object({
  name: ZPersonName,
  email: ZEmail,
  password: ZNewPassword,
});
export type TSignUpRequest = z.infer<typeof ZSignUpRequestSchema>;

export const ZMeResponseSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: ZRole,
  timeZone: z.string(),
});
export type TMeResponse = z.infer<typeof ZMeResponseSchema>;
