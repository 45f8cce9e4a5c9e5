export interface FindOptions {
  matchCase: boolean;
  wholeWord: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The search as a regular expression; null for an empty query. */
export function findPattern(query: string, { matchCase, wholeWord }: FindOptions): RegExp | null {
  if (!query) return null;
  const body = wholeWord
    ? `(?<![\\p{L}\\p{N}_])${escape(query)}(?![\\p{L}\\p{N}_])`
    : escape(query);
  return new RegExp(body, matchCase ? 'gu' : 'giu');
}

/** Every match of `pattern` in `text`, as [start, end) offsets, left to right, not overlapping. */
export function matchesIn(text: string, pattern: RegExp): [number, number][] {
  const out: [number, number][] = [];
  pattern.lastIndex = 0;
  for (const m of text.matchAll(pattern)) out.push([m.index, m.index + m[0].length]);
  return out;
}
