/**
 * A source's publication date: a year, a year and month, or a full date (ISO 8601), as precise
 * as the source says and no more. Timestamps that web pages carry are kept as given.
 */
const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Why `value` is not a date a source can carry, or null when it is one. */
export function sourceDateProblem(value: string): string | null {
  const v = value.trim();
  const m = PARTIAL.exec(v) ?? TIMESTAMP.exec(v);
  if (!m)
    return `"${v}" is not a date: write a year (2024), a month (2024-03) or a day (2024-03-15).`;
  const year = Number(m[1]);
  if (year < 1) return 'The year must be 0001 or later.';
  if (m[2] === undefined) return null;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return `There is no month ${m[2]}.`;
  if (m[3] === undefined) return null;
  const day = Number(m[3]);
  if (day < 1 || day > daysIn(year, month)) return `${m[1]}-${m[2]} has no day ${m[3]}.`;
  return null;
}

export const isSourceDate = (value: string): boolean => sourceDateProblem(value) === null;

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const monthOf = (word: string): number => {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return 0;
  return MONTHS.findIndex((m) => m.startsWith(w)) + 1;
};

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A date written in a file's header ("2024-03-15", "15 March 2024", "March 15, 2024",
 * "March 2024", "2024"), as an ISO date of the same precision; null when it is not one of
 * these forms or not a real date. Nothing is inferred (no "yesterday", no two-digit years).
 */
export function parseWrittenDate(text: string): string | null {
  const v = text.trim().replace(/\s+/g, ' ');
  let iso: string | null = null;
  if (PARTIAL.test(v) || TIMESTAMP.test(v)) iso = v;
  let m: RegExpExecArray | null;
  if (!iso && (m = /^(\d{1,2}) ([A-Za-z]+\.?),? (\d{4})$/.exec(v)) && monthOf(m[2]!))
    iso = `${m[3]}-${pad(monthOf(m[2]!))}-${pad(Number(m[1]))}`;
  if (!iso && (m = /^([A-Za-z]+\.?) (\d{1,2}),? (\d{4})$/.exec(v)) && monthOf(m[1]!))
    iso = `${m[3]}-${pad(monthOf(m[1]!))}-${pad(Number(m[2]))}`;
  if (!iso && (m = /^([A-Za-z]+\.?),? (\d{4})$/.exec(v)) && monthOf(m[1]!))
    iso = `${m[2]}-${pad(monthOf(m[1]!))}`;
  return iso && isSourceDate(iso) ? iso : null;
}
