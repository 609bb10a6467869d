/** `YYYY-MM-DD` or `YYYYMMDD` (the same form throughout: no `2026-1130`). */
const CALENDAR_DAY = /^(\d{4})(-?)(\d{2})\2(\d{2})$/;

/**
 * Start (epoch ms) of the UTC calendar day written `YYYY-MM-DD` or `YYYYMMDD`; null when the text is
 * in neither form or names no real date (`2026-02-30`, `20261301`). The one "is this a real date"
 * check: query dates, upload ids and dated R2 keys all go through it.
 */
export function utcDayStart(text: string): number | null {
  const match = CALENDAR_DAY.exec(text);
  if (!match) return null;
  const day = `${match[1]}-${match[3]}-${match[4]}`;
  const start = Date.parse(`${day}T00:00:00Z`);
  // Date.parse rolls some impossible days over instead of failing; the round trip catches them.
  return Number.isNaN(start) || !new Date(start).toISOString().startsWith(day) ? null : start;
}

export const isCalendarDay = (text: string): boolean => utcDayStart(text) !== null;
