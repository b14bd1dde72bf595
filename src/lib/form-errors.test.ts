import { TRPCClientError } from "@trpc/client";
import { describe, expect, test } from "vitest";
import { NO_CONNECTION, readServerError } from "./form-errors";

describe("readServerError", () => {
  test("a request that never reached the server gets a plain sentence, not the browser's", () => {
    const offline = TRPCClientError.from(new TypeError("Failed to fetch"));
    expect(readServerError(offline)).toEqual({ message: NO_CONNECTION, fieldErrors: {} });
    expect(readServerError(undefined).message).toBe(NO_CONNECTION);
  });

  test("the server's sentence and field errors pass through", () => {
    const refused = {
      message: "Some answers need another look.",
      data: { code: "BAD_REQUEST", fieldErrors: { peak: ["Use a number from 0 to 100."] } },
    };
    expect(readServerError(refused)).toEqual({
      message: "Some answers need another look.",
      fieldErrors: { peak: ["Use a number from 0 to 100."] },
    });
  });
});
