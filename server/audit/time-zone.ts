/**
 * Calendar days in the reader's time zone: the audit log's From/To filters are the person's own
 * days, not UTC's. Safe to import in the browser.
 */

/** Whether `timeZone` is an IANA zone this runtime knows (e.g. "Asia/Shanghai", "UTC"). */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The offset of `timeZone` from UTC at `instant`, in milliseconds (positive east of Greenwich). */
function zoneOffsetMs(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const wallClock = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"), part("second"));
  return wallClock - Math.floor(instant / 1000) * 1000;
}

/** The instant a calendar day (YYYY-MM-DD) starts in `timeZone`, `addDays` days later. */
export function startOfDay(date: string, timeZone: string, addDays = 0): Date {
  const [year, month, day] = date.split("-").map(Number);
  const wallClock = Date.UTC(year, month - 1, day + addDays);
  // The offset at the guessed instant can differ from the one at midnight on a daylight-saving
  // day; a second pass with the offset found settles it.
  const first = wallClock - zoneOffsetMs(wallClock, timeZone);
  return new Date(wallClock - zoneOffsetMs(first, timeZone));
}

/** The createdAt range of a from/to filter: from the start of `from` to before the day after `to`. */
export function dateRange(input: { from?: string; to?: string; timeZone: string }): { gte?: Date; lt?: Date } | undefined {
  if (!input.from && !input.to) return undefined;
  return {
    ...(input.from && { gte: startOfDay(input.from, input.timeZone) }),
    ...(input.to && { lt: startOfDay(input.to, input.timeZone, 1) }),
  };
}
