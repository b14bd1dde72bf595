import "server-only";
import type { TWeekday } from "~/lib/weeks";
import { Prisma } from "./db";

/**
 * The start ('YYYY-MM-DD') of the week holding a timestamp column, by the calendar of `timeZone`
 * with weeks starting on `firstDay`: the SQL twin of lib/weeks `weekStartOf`, so charts group by
 * week in the database. Columns hold UTC wall-clock times (Prisma's DateTime).
 */
export function sqlWeekStart(column: Prisma.Sql, timeZone: string, firstDay: TWeekday) {
  const shift = Prisma.sql`make_interval(days => ${firstDay - 1}::int)`;
  return Prisma.sql`to_char(date_trunc('week', ((${column}) AT TIME ZONE 'UTC' AT TIME ZONE ${timeZone}) - ${shift}) + ${shift}, 'YYYY-MM-DD')`;
}
