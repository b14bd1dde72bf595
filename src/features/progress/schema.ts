import { z } from "zod";
import { ZCursorSchema, ZPageSchema } from "~/lib/cursor";
import type { TWeekday } from "~/lib/weeks";

/** Weekly charts show this many weeks, the current one last. */
export const WEEKS_SHOWN = 12;
/** Ladders shown, newest first (a client rarely has more than one or two). */
export const LADDERS_SHOWN = 4;

const count = z.number().int().min(0);
const rating = z.number().int().min(0).max(100);
const ZWeekdaySchema = z
  .number()
  .int()
  .min(1)
  .max(7)
  .transform((day) => day as TWeekday);

export const ZClientProgressRequestSchema = z.object({
  clientId: z.string().min(1).max(100),
  /** The first day of the viewer's week (lib/weeks firstDayOfWeek): 1 Monday ... 7 Sunday. */
  weekStartsOn: ZWeekdaySchema.default(1),
});
export type TClientProgressRequest = z.infer<typeof ZClientProgressRequestSchema>;

export const ZMyProgressRequestSchema = z
  .object({ weekStartsOn: ZWeekdaySchema.default(1) })
  .default({ weekStartsOn: 1 });

export const ZAttemptPointSchema = z.object({
  at: z.date(),
  before: rating,
  peak: rating.nullable(),
  after: rating.nullable(),
  /** "I stopped, or didn't do it this time": no ratings after, shown apart. */
  stopped: z.boolean(),
});
export type TAttemptPoint = z.infer<typeof ZAttemptPointSchema>;

export const ZStepProgressSchema = z.object({
  id: z.string(),
  title: z.string(),
  /** 1-based place on the ladder. */
  position: z.number().int().min(1),
  expectedDistress: rating,
  masteredAt: z.date().nullable(),
  attempts: z.array(ZAttemptPointSchema),
});
export type TStepProgress = z.infer<typeof ZStepProgressSchema>;

export const ZLadderProgressSchema = z.object({
  assignmentId: z.string(),
  title: z.string(),
  targetDistress: rating,
  steps: z.array(ZStepProgressSchema),
});
export type TLadderProgress = z.infer<typeof ZLadderProgressSchema>;

export const OUTCOMES = ["no", "partly", "yes", "unknown"] as const;
export type TOutcome = (typeof OUTCOMES)[number];
export const OUTCOME_TEXT: Record<TOutcome, string> = {
  no: "Did not happen",
  partly: "Partly happened",
  yes: "Happened",
  unknown: "Didn't find out",
};

export const ZPredictionWeekSchema = z.object({
  weekStart: z.string(),
  no: count,
  partly: count,
  yes: count,
  unknown: count,
  /** Stopped ladder attempts: no outcome, counted apart. */
  stopped: count,
});
export type TPredictionWeek = z.infer<typeof ZPredictionWeekSchema>;

/** How likely the fear felt beforehand, and what happened: how many times each pair occurred. */
export const ZPredictionPairSchema = z.object({
  likelihood: rating,
  outcome: z.enum(OUTCOMES),
  count: count.min(1),
});
export type TPredictionPair = z.infer<typeof ZPredictionPairSchema>;

export const ZHomeworkWeekSchema = z.object({ weekStart: z.string(), done: count, missed: count });
export type THomeworkWeek = z.infer<typeof ZHomeworkWeekSchema>;

export const ZScaleSeriesSchema = z.object({
  assignmentId: z.string(),
  title: z.string(),
  fieldId: z.string(),
  label: z.string(),
  min: z.number(),
  max: z.number(),
  points: z.array(z.object({ at: z.date(), value: z.number() })),
});
export type TScaleSeries = z.infer<typeof ZScaleSeriesSchema>;

export const ZClientProgressResponseSchema = z.object({
  client: z.object({ id: z.string(), name: z.string() }),
  /** Every date above is bucketed and shown in this zone: the viewer's. */
  timeZone: z.string(),
  weekStartsOn: ZWeekdaySchema,
  ladders: z.array(ZLadderProgressSchema),
  predictions: z.object({
    /** The last WEEKS_SHOWN weeks, oldest first, empty weeks included. */
    weeks: z.array(ZPredictionWeekSchema),
    /** All time: likelihood beforehand against outcome. */
    pairs: z.array(ZPredictionPairSchema),
  }),
  homework: z.array(ZHomeworkWeekSchema),
  scales: z.array(ZScaleSeriesSchema),
});
export type TClientProgress = z.infer<typeof ZClientProgressResponseSchema>;

/** The client's "My progress": plain counts and lists, no scores to live up to. */
export const ZMyProgressResponseSchema = z.object({
  timeZone: z.string(),
  weekStartsOn: ZWeekdaySchema,
  ladders: z.array(
    z.object({
      assignmentId: z.string(),
      title: z.string(),
      mastered: count,
      steps: count,
      /** The first step not yet mastered, with distress afterwards over its attempts. */
      current: z
        .object({
          title: z.string(),
          position: z.number().int().min(1),
          afters: z.array(z.object({ at: z.date(), after: rating })),
        })
        .nullable(),
    }),
  ),
  fears: z.object({
    /** Outcomes the client found out (yes, partly, no): "didn't find out" is left out. */
    foundOut: count,
    didNotHappen: count,
    /** The newest FEARS_LISTED found-out ones. */
    list: z.array(
      z.object({
        at: z.date(),
        label: z.string(),
        outcome: z.enum(["no", "partly", "yes"]),
        href: z.string(),
      }),
    ),
  }),
  /** The last WEEKS_SHOWN weeks, oldest first: whether any practice happened. */
  practiceWeeks: z.array(z.object({ weekStart: z.string(), practised: z.boolean() })),
});
export type TMyProgress = z.infer<typeof ZMyProgressResponseSchema>;
export const FEARS_LISTED = 50;

export const TIMELINE_PAGE_SIZE = 20;

export const ZTimelineRequestSchema = z.object({
  clientId: z.string().min(1).max(100),
  cursor: ZCursorSchema.optional(),
});
export type TTimelineRequest = z.infer<typeof ZTimelineRequestSchema>;

/** Where an item stands with the therapist. "private": kept just for the client, nothing to do. */
export const ZTimelineStateSchema = z.enum(["waiting", "reviewed", "feedback", "private", "part"]);
export type TTimelineState = z.infer<typeof ZTimelineStateSchema>;

export const ZTimelineItemSchema = z.object({
  kind: z.enum(["submission", "attempt"]),
  id: z.string(),
  at: z.date(),
  /** The worksheet's title, or the ladder step's. */
  title: z.string(),
  /** For an attempt: "stopped" or how it ended; for a two-part worksheet in progress, "part". */
  detail: z.string().nullable(),
  state: ZTimelineStateSchema,
  href: z.string(),
});
export type TTimelineItem = z.infer<typeof ZTimelineItemSchema>;

export const ZTimelineResponseSchema = ZPageSchema(ZTimelineItemSchema);
