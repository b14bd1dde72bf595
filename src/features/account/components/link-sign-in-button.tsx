"use client";

import { signIn } from "~/lib/auth-client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { SIGN_IN_ERRORS } from "~/server/auth/sign-in-errors";

/**
 * The one button on an emailed link's page: it uses the link (a POST through next-auth), signs in
 * and opens where the link leads. Opening the page alone never does.
 */
export function LinkSignInButton({
  token,
  targetPath,
  label,
}: {
  token: string;
  targetPath: string;
  label: string;
}) {
  const router = useRouter();
  const [state, setState] = useState<"idle" | "busy" | "refused" | "limited">("idle");

  async function onClick() {
    if (state === "busy") return;
    setState("busy");
    const result = await signIn("email-link", { token }).catch(() => null);
    if (!result?.ok) {
      setState(result?.error === "RateLimited" ? "limited" : "refused");
      return;
    }
    router.replace(targetPath);
    router.refresh();
  }

  return (
    <div className="flex flex-col gap-3">
      {state === "refused" ? (
        <Alert tone="error">
          This link can no longer be used: it was used already or has expired.{" "}
          <a href={`/sign-in?callbackUrl=${encodeURIComponent(targetPath)}`} className="underline">
            Sign in
          </a>{" "}
          to continue.
        </Alert>
      ) : null}
      {state === "limited" ? <Alert tone="error">{SIGN_IN_ERRORS.RateLimited}</Alert> : null}
      <Button onClick={onClick} aria-disabled={state === "busy"} disabled={state === "refused"}>
        {state === "busy" ? "Opening…" : label}
      </Button>
    </div>
  );
}
