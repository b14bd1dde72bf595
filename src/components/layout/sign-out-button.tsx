"use client";

import { signOut } from "~/lib/auth-client";
import { useEffect, useRef, useState } from "react";
import { Button } from "~/components/ui/button";
import { clearEveryDraft, sendEveryDraft } from "~/lib/clear-every-draft";

// Every signed-in tab of this browser listens, so signing out in one clears draft text in all.
const CHANNEL = "trust-steps-session";
const LAST_SAVE_WAIT_MS = 2_000;

function openChannel(): BroadcastChannel | null {
  return typeof BroadcastChannel === "undefined" ? null : new BroadcastChannel(CHANNEL);
}

/** Ends the session on the server and forgets any draft text kept in this and other tabs. */
export function SignOutButton() {
  const [pending, setPending] = useState(false);
  const listening = useRef<BroadcastChannel | null>(null);

  useEffect(() => {
    const channel = openChannel();
    if (!channel) return;
    listening.current = channel;
    channel.onmessage = (event: MessageEvent<{ type?: string }>) => {
      if (event.data?.type !== "signed-out") return;
      clearEveryDraft();
      window.location.replace("/sign-in");
    };
    return () => channel.close();
  }, []);

  return (
    <Button
      variant="secondary"
      disabled={pending}
      onClick={async () => {
        setPending(true);
        // Words typed just before clicking get their save first (briefly: signing out must work).
        await Promise.race([
          sendEveryDraft(),
          new Promise((r) => setTimeout(r, LAST_SAVE_WAIT_MS)),
        ]);
        try {
          await signOut();
        } catch {
          setPending(false); // still signed in, drafts still saving: the button can be used again
          return;
        }
        // Only now: before the session is gone, the sign-in page would send the tabs back home.
        clearEveryDraft();
        // A channel hears the others of its own tab too: this tab's listener would start a second
        // navigation and abort the first.
        listening.current?.close();
        const channel = openChannel();
        channel?.postMessage({ type: "signed-out" });
        channel?.close();
        window.location.replace("/sign-in"); // a full load: no cached page of the session stays
      }}
    >
      {pending ? "Signing out…" : "Sign out"}
    </Button>
  );
}
