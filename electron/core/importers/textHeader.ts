import { NO_DETAILS, statedDetails, type StatedDetails } from './sourceHeader';

const HEADER_LINE =
  /^(title|author|authors|by|date|published|source|outlet|publisher|url|link|handling|marking|classification|tags|language)\s*:\s*(.*)$/i;

/**
 * A header block at the top of a plain-text file ("Title: …", "Author: …", "Date: …",
 * "Source: …", "Handling: …"): at least two such lines, or one followed by a blank line, before
 * the body. The block leaves the text; a file without one is returned whole.
 */
export function readTextHeader(text: string): { details: StatedDetails; body: string } {
  // Only the top of the file can hold the block: read it line by line rather than splitting
  // (and joining again) the whole text of every file.
  const fields = new Map<string, string>();
  const breaks = /\r\n?|\n/g;
  let at = 0;
  const nextLine = (): string | null => {
    if (at > text.length) return null;
    breaks.lastIndex = at;
    const found = breaks.exec(text);
    const line = text.slice(at, found ? found.index : text.length);
    at = found ? found.index + found[0].length : text.length + 1;
    return line;
  };
  let line = nextLine();
  while (line !== null && line.trim() === '') line = nextLine();
  let count = 0;
  let bodyStart = 0;
  while (line !== null) {
    const m = HEADER_LINE.exec(line.trim());
    if (!m) break;
    const key = m[1]!.toLowerCase();
    if (!fields.has(key)) fields.set(key, m[2]!.trim());
    count++;
    bodyStart = at;
    line = nextLine();
  }
  const blankAfter = line === null || line.trim() === '';
  if (count === 0 || (count === 1 && !blankAfter)) return { details: NO_DETAILS, body: text };
  const details = statedDetails((key) => fields.get(key) ?? null);
  return { details, body: bodyStart >= text.length ? '' : text.slice(bodyStart) };
}
