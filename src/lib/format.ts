/** Dates as people read them, in their own time zone ("Tue 10 Mar, 20:00"). */
export function formatDateTime(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone,
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
  }).format(date);
}

export function formatDay(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone,
    weekday: "short",
    day: "numeric",
    month: "short",
  }).format(date);
}

/**
 * A time as the client lives it, in their zone; labelled when the reader's zone differs, so a
 * therapist in another zone is not misled: "Sun 22 Nov, 19:00 (Sam's time, Europe/London)".
 */
export function formatClientTime(
  date: Date,
  client: { name: string; timeZone: string },
  readerTimeZone: string,
): string {
  const text = formatDateTime(date, client.timeZone);
  if (client.timeZone === readerTimeZone) return text;
  const firstName = client.name.trim().split(/\s+/)[0] || client.name;
  return `${text} (${firstName}'s time, ${client.timeZone})`;
}
