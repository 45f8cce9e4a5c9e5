/**
 * Whether an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD, optionally with a time) names a day that
 * exists: "2024-13-45" has the right shape and no such day.
 */
export function isRealIsoDate(text: string): boolean {
  const m =
    /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):?(\d{2}))?)?)?)?$/.exec(
      text,
    );
  if (!m) return false;
  const [, , month, day, hour, minute, second, offsetHours, offsetMinutes] = m;
  const year = Number(m[1]);
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) return false;
  if (day !== undefined) {
    const last = new Date(Date.UTC(year, Number(month), 0)).getUTCDate();
    if (Number(day) < 1 || Number(day) > last) return false;
  }
  if (hour !== undefined && Number(hour) > 23) return false;
  if (minute !== undefined && Number(minute) > 59) return false;
  if (second !== undefined && Number(second) > 59) return false;
  if (offsetHours !== undefined && Number(offsetHours) > 14) return false;
  if (offsetMinutes !== undefined && Number(offsetMinutes) > 59) return false;
  return true;
}
