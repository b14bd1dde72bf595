import { z } from "zod";
import { addDuplicateIdIssues, numberInput, ZSlugSchema } from "./body-schema-parts";

// A ladder body: steps from easiest to hardest, and when to suggest the next one.

export const ZLadderStepSchema = z.object({
  id: ZSlugSchema,
  title: z
    .string()
    .trim()
    .min(1, "Give this step a short title.")
    .max(200, "Keep the title under 200 characters."),
  description: z
    .string()
    .trim()
    .max(2000, "Keep the description under 2,000 characters.")
    .default(""),
  expectedDistress: numberInput()
    .int("Use a whole number from 0 to 100.")
    .min(0, "Use a number from 0 to 100.")
    .max(100, "Use a number from 0 to 100."),
});
export type TLadderStep = z.infer<typeof ZLadderStepSchema>;

export const ZLadderBodySchema = z
  .object({
    steps: z
      .array(ZLadderStepSchema)
      .min(1, "Add at least one step.")
      .max(20, "Use at most 20 steps."),
    // The client is offered the next step once after-distress is at or below this...
    targetDistress: numberInput()
      .int("Use a whole number from 0 to 100.")
      .min(0, "Use a number from 0 to 100.")
      .max(100, "Use a number from 0 to 100.")
      .default(30),
    // ...this many attempts in a row.
    masteryStreak: numberInput()
      .int("Use a whole number from 1 to 5.")
      .min(1, "Use a number from 1 to 5.")
      .max(5, "Use a number from 1 to 5.")
      .default(2),
  })
  .superRefine((body, ctx) =>
    addDuplicateIdIssues(body.steps, ctx, "steps", "Two steps share an id. Give each its own."),
  );
export type TLadderBody = z.infer<typeof ZLadderBodySchema>;
export type TLadderBodyInput = z.input<typeof ZLadderBodySchema>;
