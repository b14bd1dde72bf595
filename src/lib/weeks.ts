import { addDays, isoWeekday, localDateOf } from "./dates";

/**
 * Weeks as the reader counts them: starting on the first day of the week of their language
 * (Sunday in the US, Monday in most of Europe), in their time zone. Nothing is stored for it: the
 * browser's Accept-Language says which, Monday when it says nothing we know.
 */
export type TWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

type TWeekInfo = { firstDay: number };
type TLocaleWithWeekInfo = Intl.Locale & {
  getWeekInfo?: () => TWeekInfo;
  weekInfo?: TWeekInfo;
};

/** The first day of the week (ISO: 1 Monday ... 7 Sunday) for an Accept-Language header. */
export function firstDayOfWeek(acceptLanguage: string | null | undefined): TWeekday {
  const preferred = (acceptLanguage ?? "")
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q) };
    })
    .filter((l) => l.tag && l.tag !== "*" && l.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of preferred) {
    try {
      // A language without a region ("en") takes its likeliest one ("en-US").
      const locale = new Intl.Locale(tag).maximize() as TLocaleWithWeekInfo;
      // Newer engines have the method; Node 20's V8 has the older getter.
      const info = locale.getWeekInfo?.() ?? locale.weekInfo;
      const day = info?.firstDay;
      if (day !== undefined && day >= 1 && day <= 7) return day as TWeekday;
    } catch {
      // Not a language tag: try the next one.
    }
  }
  return 1;
}

/** The calendar date the week holding `date` starts on. */
export function weekStartOf(date: string, firstDay: TWeekday): string {
  return addDays(date, -((isoWeekday(date) - firstDay + 7) % 7));
}

/**
 * The starts of the last `count` weeks up to and including the one holding `now` in the zone,
 * oldest first: the buckets of a "per week" chart (SQL groups by the same dates).
 */
export function recentWeekStarts(
  now: Date,
  timeZone: string,
  firstDay: TWeekday,
  count: number,
): string[] {
  const current = weekStartOf(localDateOf(now, timeZone), firstDay);
  return Array.from({ length: count }, (_, i) => addDays(current, -7 * (count - 1 - i)));
}
