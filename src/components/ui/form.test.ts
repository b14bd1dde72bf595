import { describe, expect, test } from "vitest";
import { z } from "zod";
import { fieldErrorsOf } from "~/lib/form-errors";
import { asRequest } from "./form";

describe("asRequest", async () => {
  const request = z.object({
    stepId: z.string().min(1),
    rating: z.number({ error: "Enter a number." }).max(100, "Use a number up to 100."),
  });
  // A number box holds text; the step comes from the page, not from an input.
  const form = await asRequest(
    (values: { rating: string }) => ({
      stepId: "s1",
      rating: values.rating.trim() === "" ? undefined : Number(values.rating),
    }),
    async () => request,
  )();

  test("the form's values are checked as the request and become it", () => {
    expect(form.parse({ rating: "40" })).toEqual({ stepId: "s1", rating: 40 });
  });

  test("messages are keyed by the request's paths, which the form's fields are named by", () => {
    expect(fieldErrorsOf(form.safeParse({ rating: "" }).error!)).toEqual({
      rating: ["Enter a number."],
    });
    expect(fieldErrorsOf(form.safeParse({ rating: "101" }).error!)).toEqual({
      rating: ["Use a number up to 100."],
    });
  });
});
