import type { SourceSnapshot } from '../../../../shared/note/serializedNodes';
import type { PdfInline } from './types';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2025-06-03" → "June 3, 2025". Partial dates keep what they have; other text is kept as is. */
export function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const month = m[2] ? MONTHS[Number(m[2]) - 1] : undefined;
  if (month && m[3]) return `${month} ${Number(m[3])}, ${m[1]}`;
  return [month, m[1]].filter(Boolean).join(' ');
}

/** The line under a quote: "— author, outlet, date, locator". */
export function attributionParts(
  source: SourceSnapshot | undefined,
  locator: string | null,
): { text: string; italic?: boolean }[] {
  if (!source) return [{ text: '— source unknown' }];
  const parts: { text: string; italic?: boolean }[] = [{ text: '— ' }];
  const push = (text: string | null | undefined, italic = false) => {
    if (!text) return;
    if (parts.length > 1) parts.push({ text: ', ' });
    parts.push(italic ? { text, italic } : { text });
  };
  push(source.author);
  push(source.outlet ?? (source.author ? null : source.title), true);
  push(formatDate(source.publishedAt));
  push(locator);
  return parts;
}

export function attribution(
  source: SourceSnapshot | undefined,
  locator: string | null,
): PdfInline[] {
  return attributionParts(source, locator).map((p) =>
    p.italic ? { text: p.text, italics: true } : { text: p.text },
  );
}
