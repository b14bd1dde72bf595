import "server-only";
import { ZodError } from "zod";
import { AppError } from "~/server/errors";
import { therapistProcedure } from "~/server/trpc";
import { pathErrorsOf } from "./path-errors";

/**
 * For procedures whose input holds a builder body ("body.fields.2.label", "content.body.steps.0
 * .title"): the shared formatter keeps only the first path segment, so refused input is re-sent
 * with whole paths for the builders to place each message next to its input.
 */
export const builderProcedure = therapistProcedure.use(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof ZodError) {
    throw new AppError("BAD_REQUEST", {
      userMessage: "Some answers need another look.",
      fieldErrors: pathErrorsOf(result.error.cause) as Record<string, string[]>,
    });
  }
  return result;
});
