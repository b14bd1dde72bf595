"use client";

import { signIn } from "next-auth/react";
import type { useRouter } from "next/navigation";
import { useState } from "react";
import type { z } from "zod";
import { fieldErrorsOf, readServerError, type TFieldErrors } from "~/lib/form-errors";

/** The field errors and the one sentence an account form shows, from its schema or the server. */
export function useAccountForm<TSchema extends z.ZodType>(schema: TSchema) {
  const [fieldErrors, setFieldErrors] = useState<TFieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);

  /** The request ready to send, or null once what is wrong with it is shown. */
  function check(request: unknown): z.output<TSchema> | null {
    setMessage(null);
    const parsed = schema.safeParse(request);
    setFieldErrors(parsed.success ? {} : fieldErrorsOf(parsed.error));
    return parsed.success ? parsed.data : null;
  }

  function refuse(error: unknown) {
    const server = readServerError(error);
    setFieldErrors(server.fieldErrors);
    setMessage(server.message);
  }

  return { fieldErrors, message, setMessage, check, refuse };
}

/** A just-created account goes home signed in; should signing in fail, the sign-in page is next. */
export async function signInNewAccount(
  router: ReturnType<typeof useRouter>,
  credentials: { email: string; password: string },
  home: string,
) {
  const { email, password } = credentials;
  const result = await signIn("credentials", { email, password, redirect: false });
  router.replace(result?.ok ? home : "/sign-in");
  router.refresh();
}
