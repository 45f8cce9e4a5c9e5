/**
 * Excerpt anchors, modelled on the W3C Web Annotation TextPositionSelector (start/end offsets
 * into the normalized text) plus TextQuoteSelector (exact quote with prefix/suffix context),
 * so an excerpt can be found again when its source's text changes.
 */
export const CONTEXT_CHARS = 32;

export interface Anchor {
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
}

export function anchorAt(text: string, start: number, end: number): Anchor {
  return {
    start,
    end,
    quote: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: text.slice(end, end + CONTEXT_CHARS),
  };
}

/** Every start offset where `quote` occurs exactly (overlapping occurrences included). */
export function occurrencesOf(text: string, quote: string): number[] {
  const found: number[] = [];
  if (!quote) return found;
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) found.push(i);
  return found;
}

/** Where an offset falls: a page for paginated sources, else a paragraph (non-empty line). */
export function locatorFor(text: string, offset: number, pageOffsets: number[] | null): string {
  if (pageOffsets && pageOffsets.length > 0) {
    let page = 1;
    for (let i = 0; i < pageOffsets.length; i++) if (pageOffsets[i]! <= offset) page = i + 1;
    return `p. ${page}`;
  }
  let paragraph = 1;
  let inBlank = false;
  for (let i = 0; i <= offset && i < text.length; i++) {
    if (text[i] === '\n') inBlank = true;
    else if (inBlank) {
      paragraph++;
      inBlank = false;
    }
  }
  return `para. ${paragraph}`;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Matches of the quote where runs of whitespace may differ (a re-wrapped paragraph). */
function looseMatches(text: string, quote: string): { start: number; end: number }[] {
  const words = quote.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const pattern = new RegExp(words.map(escapeRegExp).join('\\s+'), 'gu');
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Finds an excerpt again in a new version of the text: the occurrence of its quote whose
 * surrounding context best matches the old prefix/suffix (ties go to the nearest to the old
 * position). Null when the quoted words are no longer there.
 */
export function reanchor(text: string, old: Anchor): Anchor | null {
  let candidates = occurrencesOf(text, old.quote).map((start) => ({
    start,
    end: start + old.quote.length,
  }));
  if (candidates.length === 0) candidates = looseMatches(text, old.quote);
  if (candidates.length === 0) return null;
  let best = candidates[0]!;
  let bestScore = -Infinity;
  for (const candidate of candidates) {
    const before = text.slice(Math.max(0, candidate.start - CONTEXT_CHARS), candidate.start);
    const after = text.slice(candidate.end, candidate.end + CONTEXT_CHARS);
    const context = commonSuffixLength(before, old.prefix) + commonPrefixLength(after, old.suffix);
    const score = context * 1e6 - Math.abs(candidate.start - old.start);
    if (score > bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  return anchorAt(text, best.start, best.end);
}
