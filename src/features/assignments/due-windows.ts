import { addDays, localDateOf, zonedWallTimeToUtc } from "~/lib/dates";

/** The client's open homework by due date: past days, today, and the 7 days after today. */
export const DUE_SECTIONS = ["overdue", "today", "upcoming"] as const;
export type TDueSection = (typeof DUE_SECTIONS)[number];

/** The instants that split "overdue / today / next 7 days" for a person in `timeZone`. */
export function dueWindows(now: Date, timeZone: string) {
  const today = localDateOf(now, timeZone);
  return {
    now,
    today,
    startOfToday: zonedWallTimeToUtc(today, "00:00", timeZone),
    startOfTomorrow: zonedWallTimeToUtc(addDays(today, 1), "00:00", timeZone),
    // "Coming up" is the 7 calendar days after today.
    endOfUpcoming: zonedWallTimeToUtc(addDays(today, 8), "00:00", timeZone),
    recentlyDoneSince: new Date(now.getTime() - 7 * 86_400_000),
  };
}
export type TDueWindows = ReturnType<typeof dueWindows>;

/**
 * Which due times an open section holds, by the client's calendar, and which end comes first.
 * Overdue has no lower bound and shows the newest first: an old miss can still be done late,
 * and paging reaches it without crowding out this week's.
 */
export function dueSectionRange(
  section: TDueSection,
  w: TDueWindows,
): { range: { gte?: Date; lt: Date }; direction: "asc" | "desc" } {
  switch (section) {
    case "overdue":
      return { range: { lt: w.startOfToday }, direction: "desc" };
    case "today":
      return { range: { gte: w.startOfToday, lt: w.startOfTomorrow }, direction: "asc" };
    case "upcoming":
      return { range: { gte: w.startOfTomorrow, lt: w.endOfUpcoming }, direction: "asc" };
  }
}
