"use client";

import { signIn } from "~/lib/auth-client";
import type { useRouter } from "next/navigation";

/** A just-created account goes home signed in; should signing in fail, the sign-in page is next. */
export async function signInNewAccount(
  router: ReturnType<typeof useRouter>,
  credentials: { email: string; password: string },
  home: string,
) {
  const { email, password } = credentials;
  const result = await signIn("credentials", { email, password });
  router.replace(result?.ok ? home : "/sign-in");
  router.refresh();
}
