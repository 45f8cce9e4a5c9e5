import approxSearch from 'approx-string-match';
import { anchorAt, CONTEXT_CHARS, occurrencesOf, type Anchor } from './anchoring';

/**
 * Where an excerpt lands in a new version of its source's text.
 * - `exact`: its quote occurs verbatim; the anchor's quote is the old quote.
 * - `proposed`: similar words sit where its context says; only a proposal for the analyst, since
 *   the text there differs from what was quoted.
 * - `notFound`: nothing close enough; the excerpt gets no place in the new text.
 */
export type Placement =
  | { kind: 'exact'; anchor: Anchor }
  | { kind: 'proposed'; anchor: Anchor; score: number }
  | { kind: 'notFound' };

/** What is remembered of where an excerpt was: its quote, context and old offset. */
export type OldAnchor = Pick<Anchor, 'start' | 'quote' | 'prefix' | 'suffix'>;

/**
 * Floors a fuzzy candidate must clear. Hypothesis takes the best candidate whatever it scores,
 * which can land on a lookalike; here a proposal needs most of the quote and its context.
 */
export const MIN_QUOTE_SIMILARITY = 0.75;
/** At least one side of the context must still be there (the other may have moved away). */
export const MIN_CONTEXT_SIMILARITY = 0.6;
export const MIN_PROPOSAL_SCORE = 0.75;

const WEIGHTS = { quote: 50, closerSide: 30, otherSide: 10, position: 2 } as const;
const WEIGHT_SUM = WEIGHTS.quote + WEIGHTS.closerSide + WEIGHTS.otherSide + WEIGHTS.position;
/** The fuzzy search returns every lowest-cost match; score only the first few. */
const MAX_CANDIDATES = 50;

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

/** 1 when `text` holds `pattern` unchanged, falling towards 0 with each edit (Myers' search). */
function similarity(text: string, pattern: string): number {
  if (pattern.length === 0) return 1;
  if (text.length === 0) return 0;
  if (text.includes(pattern)) return 1;
  const matches = approxSearch(text, pattern, pattern.length);
  const errors = matches.length ? Math.min(...matches.map((m) => m.errors)) : pattern.length;
  return Math.max(0, 1 - errors / pattern.length);
}

/** Pass 1: the quote verbatim; among several occurrences the one whose context fits best. */
function exactPlacement(text: string, old: OldAnchor): Anchor | null {
  const found = occurrencesOf(text, old.quote);
  if (found.length === 0) return null;
  let best = found[0]!;
  let bestScore = -Infinity;
  for (const start of found) {
    const end = start + old.quote.length;
    const before = text.slice(Math.max(0, start - CONTEXT_CHARS), start);
    const after = text.slice(end, end + CONTEXT_CHARS);
    const context = commonSuffixLength(before, old.prefix) + commonPrefixLength(after, old.suffix);
    // Ties go to the occurrence nearest the old position.
    const score = context * 1e9 - Math.abs(start - old.start);
    if (score > bestScore) {
      bestScore = score;
      best = start;
    }
  }
  return anchorAt(text, best, best + old.quote.length);
}

/** How far around the old position the fuzzy pass looks first, before the whole text. */
const NEARBY_CHARS = 20_000;

/** Pass 2: the quote with a few edits, scored on quote, prefix, suffix and distance moved. */
function fuzzyPlacement(text: string, old: OldAnchor): { anchor: Anchor; score: number } | null {
  // Most edits leave a quote near where it was: search there first (a book-length text costs
  // about half a second per quote to search whole).
  if (text.length > 4 * NEARBY_CHARS) {
    const from = Math.max(0, old.start - NEARBY_CHARS);
    const to = Math.min(text.length, old.start + old.quote.length + NEARBY_CHARS);
    const near = fuzzyIn(text, old, from, to);
    if (near) return near;
  }
  return fuzzyIn(text, old, 0, text.length);
}

function fuzzyIn(
  text: string,
  old: OldAnchor,
  from: number,
  to: number,
): { anchor: Anchor; score: number } | null {
  const maxErrors = Math.floor(old.quote.length * (1 - MIN_QUOTE_SIMILARITY));
  if (maxErrors < 1) return null;
  const matches = approxSearch(text.slice(from, to), old.quote, maxErrors)
    .map((m) => ({ ...m, start: m.start + from, end: m.end + from }))
    .sort((a, b) => a.errors - b.errors || a.start - b.start)
    .slice(0, MAX_CANDIDATES);
  let best: { anchor: Anchor; score: number } | null = null;
  for (const match of matches) {
    if (match.end <= match.start) continue;
    const quoteScore = 1 - match.errors / old.quote.length;
    const prefixScore = similarity(
      text.slice(Math.max(0, match.start - old.prefix.length - 4), match.start),
      old.prefix,
    );
    const suffixScore = similarity(
      text.slice(match.end, match.end + old.suffix.length + 4),
      old.suffix,
    );
    const closerSide = Math.max(prefixScore, suffixScore);
    const otherSide = Math.min(prefixScore, suffixScore);
    if (quoteScore < MIN_QUOTE_SIMILARITY || closerSide < MIN_CONTEXT_SIMILARITY) continue;
    const positionScore = 1 - Math.abs(match.start - old.start) / Math.max(1, text.length);
    const score =
      (WEIGHTS.quote * quoteScore +
        WEIGHTS.closerSide * closerSide +
        WEIGHTS.otherSide * otherSide +
        WEIGHTS.position * positionScore) /
      WEIGHT_SUM;
    if (score < MIN_PROPOSAL_SCORE) continue;
    if (!best || score > best.score)
      best = { anchor: anchorAt(text, match.start, match.end), score };
  }
  return best;
}

/** Finds an excerpt again in a new version of its source's text: exact first, then fuzzy. */
export function placeInText(text: string, old: OldAnchor): Placement {
  if (!old.quote) return { kind: 'notFound' };
  const exact = exactPlacement(text, old);
  if (exact) return { kind: 'exact', anchor: exact };
  const fuzzy = fuzzyPlacement(text, old);
  if (fuzzy) return { kind: 'proposed', anchor: fuzzy.anchor, score: fuzzy.score };
  return { kind: 'notFound' };
}
