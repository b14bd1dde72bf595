import { TRPCClientError } from "@trpc/client";
import { describe, expect, test } from "vitest";
import { z } from "zod";
import { fieldErrorsOf, NO_CONNECTION, readServerError } from "./form-errors";

describe("fieldErrorsOf", () => {
  const body = z.object({
    title: z.string().min(1, "Give it a title."),
    fields: z
      .array(z.object({ label: z.string().min(1, "Write the question.") }))
      .min(1, "Add at least one question."),
  });

  test("keys each message by its whole path, the name of the input it belongs to", () => {
    const parsed = body.safeParse({ title: "", fields: [{ label: "ok" }, { label: "" }] });
    expect(fieldErrorsOf(parsed.error!)).toEqual({
      title: ["Give it a title."],
      "fields.1.label": ["Write the question."],
    });
  });

  test("a list's own message stays on the list; `under` places all below a request key", () => {
    const parsed = body.safeParse({ title: "x", fields: [] });
    expect(fieldErrorsOf(parsed.error!, "body")).toEqual({
      "body.fields": ["Add at least one question."],
    });
  });

  test("several messages on one input are all kept; an issue about the whole input names no field", () => {
    const password = z
      .string()
      .min(10, "Too short.")
      .refine((p) => p !== "aaaa", "Too simple.");
    expect(fieldErrorsOf(z.object({ password }).safeParse({ password: "aaaa" }).error!)).toEqual({
      password: ["Too short.", "Too simple."],
    });
    expect(fieldErrorsOf(z.strictObject({}).safeParse({ extra: 1 }).error!)).toEqual({});
  });
});

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
