import { describe, expect, test } from "vitest";
import { bucketOf, portalWindows } from "./buckets";

describe("portal buckets in the client's zone", () => {
  // 23:30 on 10 March in Auckland (NZDT, UTC+13) is 10:30 UTC the same day.
  const now = new Date("2026-03-10T10:30:00Z");
  const w = portalWindows(now, "Pacific/Auckland");

  test("today is the Auckland date, not the UTC one", () => {
    expect(w.today).toBe("2026-03-10");
    expect(w.startOfToday.toISOString()).toBe("2026-03-09T11:00:00.000Z");
  });

  test("sorts around local midnight", () => {
    expect(bucketOf(new Date("2026-03-09T10:59:00Z"), w)).toBe("overdue"); // 23:59 on the 9th
    expect(bucketOf(new Date("2026-03-09T11:00:00Z"), w)).toBe("today"); // 00:00 on the 10th
    expect(bucketOf(new Date("2026-03-10T10:59:00Z"), w)).toBe("today"); // 23:59 on the 10th
    expect(bucketOf(new Date("2026-03-10T11:00:00Z"), w)).toBe("upcoming"); // 00:00 on the 11th
    expect(bucketOf(new Date("2026-03-17T10:59:00Z"), w)).toBe("upcoming"); // 23:59 on the 17th
    expect(bucketOf(new Date("2026-03-17T11:00:00Z"), w)).toBe("later");
  });
});
