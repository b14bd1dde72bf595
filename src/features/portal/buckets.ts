import { addDays, localDateOf, zonedWallTimeToUtc } from "~/lib/dates";

export type TBucket = "overdue" | "today" | "upcoming" | "later";

/** The instants that split "overdue / today / next 7 days" for a person in `timeZone`. */
export function portalWindows(now: Date, timeZone: string) {
  const today = localDateOf(now, timeZone);
  return {
    today,
    startOfToday: zonedWallTimeToUtc(today, "00:00", timeZone),
    startOfTomorrow: zonedWallTimeToUtc(addDays(today, 1), "00:00", timeZone),
    // "Coming up" is the 7 calendar days after today.
    endOfUpcoming: zonedWallTimeToUtc(addDays(today, 8), "00:00", timeZone),
    recentlyDoneSince: new Date(now.getTime() - 7 * 86_400_000),
  };
}

/** Which portal section an open item due at `dueAt` belongs in, by the client's calendar. */
export function bucketOf(dueAt: Date, windows: ReturnType<typeof portalWindows>): TBucket {
  if (dueAt < windows.startOfToday) return "overdue";
  if (dueAt < windows.startOfTomorrow) return "today";
  if (dueAt < windows.endOfUpcoming) return "upcoming";
  return "later";
}
