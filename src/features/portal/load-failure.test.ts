import { TRPCClientError } from "@trpc/client";
import { describe, expect, test } from "vitest";
import { loadFailureMessage, UNREACHABLE } from "./load-failure";

describe("loadFailureMessage", () => {
  test("a request that never reached the server gets a plain sentence, not the browser's", () => {
    const offline = TRPCClientError.from(new TypeError("Failed to fetch"));
    expect(offline.message).toBe("Failed to fetch");
    expect(loadFailureMessage(offline)).toBe(UNREACHABLE);
    expect(loadFailureMessage(new Error("NetworkError when attempting to fetch resource."))).toBe(
      UNREACHABLE,
    );
    expect(loadFailureMessage(null)).toBe(UNREACHABLE);
  });

  test("the server's own sentence and field errors are shown as they are", () => {
    const stale = {
      message: "Some answers need another look.",
      data: { code: "BAD_REQUEST", fieldErrors: { cursor: ["Reload the page to see it again."] } },
    };
    expect(loadFailureMessage(stale)).toBe("Reload the page to see it again.");
    const signedOut = {
      message: "Your session has ended. Please sign in again.",
      data: { code: "UNAUTHORIZED" },
    };
    expect(loadFailureMessage(signedOut)).toBe("Your session has ended. Please sign in again.");
  });
});
