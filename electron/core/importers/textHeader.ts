import { NO_DETAILS, statedDetails, type StatedDetails } from './sourceHeader';

const HEADER_LINE =
  /^(title|author|authors|by|date|published|source|outlet|publisher|url|link|handling|marking|classification|tags|language)\s*:\s*(.*)$/i;

/**
 * A header block at the top of a plain-text file ("Title: …", "Author: …", "Date: …",
 * "Source: …", "Handling: …"): at least two such lines, or one followed by a blank line, before
 * the body. The block leaves the text; a file without one is returned whole.
 */
export function readTextHeader(text: string): { details: StatedDetails; body: string } {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let start = 0;
  while (start < lines.length && lines[start]!.trim() === '') start++;
  const fields = new Map<string, string>();
  let end = start;
  while (end < lines.length) {
    const m = HEADER_LINE.exec(lines[end]!.trim());
    if (!m) break;
    const key = m[1]!.toLowerCase();
    if (!fields.has(key)) fields.set(key, m[2]!.trim());
    end++;
  }
  const count = end - start;
  const blankAfter = end >= lines.length || lines[end]!.trim() === '';
  if (count === 0 || (count === 1 && !blankAfter)) return { details: NO_DETAILS, body: text };
  const details = statedDetails((key) => fields.get(key) ?? null);
  return { details, body: lines.slice(end).join('\n') };
}
