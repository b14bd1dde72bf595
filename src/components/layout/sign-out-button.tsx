"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";
import { Button } from "~/components/ui/button";

/** Ends the session on the server and forgets any draft text kept in this tab. */
export function SignOutButton() {
  const [pending, setPending] = useState(false);
  return (
    <Button
      variant="secondary"
      disabled={pending}
      onClick={async () => {
        setPending(true);
        window.sessionStorage.clear();
        await signOut({ callbackUrl: "/sign-in" });
      }}
    >
      {pending ? "Signing out…" : "Sign out"}
    </Button>
  );
}
