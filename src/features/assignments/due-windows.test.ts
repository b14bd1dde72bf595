import { describe, expect, test } from "vitest";
import { DUE_SECTIONS, dueSectionRange, dueWindows } from "./due-windows";

describe("portal sections in the client's zone", () => {
  // 23:30 on 10 March in Auckland (NZDT, UTC+13) is 10:30 UTC the same day.
  const now = new Date("2026-03-10T10:30:00Z");
  const w = dueWindows(now, "Pacific/Auckland");
  const sectionsOf = (iso: string) => {
    const at = new Date(iso);
    return DUE_SECTIONS.filter((s) => {
      const { range } = dueSectionRange(s, w);
      return (!range.gte || at >= range.gte) && at < range.lt;
    });
  };

  test("today is the Auckland date, not the UTC one", () => {
    expect(w.today).toBe("2026-03-10");
    expect(w.startOfToday.toISOString()).toBe("2026-03-09T11:00:00.000Z");
  });

  test("each due time falls in one section at most, split at local midnight", () => {
    expect(sectionsOf("2025-01-01T00:00:00Z")).toEqual(["overdue"]); // long ago: still reachable
    expect(sectionsOf("2026-03-09T10:59:00Z")).toEqual(["overdue"]); // 23:59 on the 9th
    expect(sectionsOf("2026-03-09T11:00:00Z")).toEqual(["today"]); // 00:00 on the 10th
    expect(sectionsOf("2026-03-10T10:59:00Z")).toEqual(["today"]); // 23:59 on the 10th
    expect(sectionsOf("2026-03-10T11:00:00Z")).toEqual(["upcoming"]); // 00:00 on the 11th
    expect(sectionsOf("2026-03-17T10:59:00Z")).toEqual(["upcoming"]); // 23:59 on the 17th
    expect(sectionsOf("2026-03-17T11:00:00Z")).toEqual([]); // later than the next 7 days
  });

  test("overdue shows the newest miss first; today and coming up the soonest", () => {
    expect(dueSectionRange("overdue", w).direction).toBe("desc");
    expect(dueSectionRange("today", w).direction).toBe("asc");
    expect(dueSectionRange("upcoming", w).direction).toBe("asc");
  });
});
