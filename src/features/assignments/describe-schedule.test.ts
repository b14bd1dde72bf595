import { expect, test } from "vitest";
import { describeSchedule } from "./describe-schedule";

test("schedules read as plain words", () => {
  expect(
    describeSchedule({
      kind: "daily",
      startDate: "2026-03-02",
      dueTime: "08:00",
      end: { type: "weeks", weeks: 2 },
    }),
  ).toBe("Daily at 08:00 for 2 weeks");
  expect(describeSchedule({ kind: "once", dueDate: "2025-11-28", dueTime: "18:00" })).toBe(
    "Once, Fri 28 Nov 18:00",
  );
  const once = { kind: "once", dueDate: "2025-11-28", dueTime: "18:00" } as const;
  expect(describeSchedule({ ...once, startDate: "2025-11-26" })).toBe(
    "Once, Fri 28 Nov 18:00, shown from Wed 26 Nov",
  );
  expect(describeSchedule({ ...once, startDate: "2025-11-28" })).toBe("Once, Fri 28 Nov 18:00");
  expect(
    describeSchedule({
      kind: "weekdays",
      startDate: "2026-03-02",
      dueTime: "19:30",
      weekdays: [5, 1, 3],
      end: { type: "until", date: "2026-04-30" },
    }),
  ).toBe("Mon, Wed, Fri at 19:30 until Thu 30 Apr");
  expect(
    describeSchedule({
      kind: "daily",
      startDate: "2026-03-02",
      dueTime: "08:00",
      end: { type: "weeks", weeks: 1 },
    }),
  ).toBe("Daily at 08:00 for 1 week");
  expect(describeSchedule(null)).toMatch(/own pace/);
});
