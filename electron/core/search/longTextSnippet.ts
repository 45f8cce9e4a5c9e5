import { HIGHLIGHT_CLOSE, HIGHLIGHT_OPEN } from './snippets';

/**
 * Texts longer than this get their snippet here rather than from FTS5. FTS5's snippet() and
 * highlight() walk every match in the whole text for each one: a word on every line of a
 * 4,000-page report took a minute for five such sources. This finds the first match and stops.
 */
export const LONG_TEXT_CHARS = 50_000;

/** Tokens around the first match, as FTS5's snippet() is asked for. */
const SNIPPET_TOKENS = 24;
const TOKENS_BEFORE = 6;

/** What the search index counts as a word (unicode61: letters, digits and their marks). */
const TOKEN = /[\p{L}\p{N}\p{M}]+/gu;
const LATIN_WITH_MARKS = /[\u00c0-\u024f\u1e00-\u1eff]/g;

/**
 * The index's folding, one UTF-16 unit for one, so an offset in the folded text is the same offset
 * in the original: lower case, and Latin letters without their diacritics.
 */
export function foldSameLength(text: string): string {
  let lower = text.toLowerCase();
  if (lower.length !== text.length) {
    lower = Array.from(text, (ch) => {
      const folded = ch.toLowerCase();
      return folded.length === ch.length ? folded : ch;
    }).join('');
  }
  return lower.replace(LATIN_WITH_MARKS, (ch) => {
    const base = ch.normalize('NFD')[0]!.toLowerCase();
    return base.length === 1 ? base : ch;
  });
}

const escapeChar = (ch: string) => ch.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');

/**
 * The phrases of a MATCH expression as toFtsQuery writes it (quoted strings, a `*` after one for
 * a prefix), as one pattern over folded text: each phrase's words in order, anything that is not
 * a word between them, each word whole unless it is the last of a prefix.
 */
export function matchPattern(match: string): RegExp | null {
  const phrases: string[] = [];
  for (const m of match.matchAll(/"((?:[^"]|"")*)"(\*?)/g)) {
    const words = foldSameLength(m[1]!.replace(/""/g, '"')).match(TOKEN) ?? [];
    if (words.length === 0) continue;
    // Marks may follow any letter: text stored decomposed keeps its accents as separate marks.
    const body = words
      .map((word) => Array.from(word, (ch) => `${escapeChar(ch)}\\p{M}*`).join(''))
      .join('[^\\p{L}\\p{N}\\p{M}]+');
    const end = m[2] ? '[\\p{L}\\p{N}\\p{M}]*' : '(?![\\p{L}\\p{N}\\p{M}])';
    phrases.push(`(?<![\\p{L}\\p{N}\\p{M}])(?:${body})${end}`);
  }
  return phrases.length ? new RegExp(phrases.join('|'), 'gu') : null;
}

/** Where the window of tokens around `at` starts and ends. */
function windowAround(text: string, at: number): { start: number; end: number } {
  const from = Math.max(0, at - 400);
  const starts = [...text.slice(from, at).matchAll(TOKEN)].map((m) => m.index + from);
  // A word cut in two by where the look back starts is not one of the words before.
  if (from > 0) starts.shift();
  const start =
    starts.length > TOKENS_BEFORE
      ? starts[starts.length - TOKENS_BEFORE]!
      : from === 0
        ? 0
        : (starts[0] ?? at);
  const forward = new RegExp(TOKEN.source, 'gu');
  forward.lastIndex = start;
  let end = start;
  for (let n = 0; n < SNIPPET_TOKENS; n++) {
    const token = forward.exec(text);
    if (!token) {
      end = text.length;
      break;
    }
    end = token.index + token[0].length;
  }
  return { start, end };
}

/**
 * Where the first match starts, folding only as much of the text as it takes: a common word is
 * found in the first pages, and a 4,000-page text is folded whole only for a word near its end.
 */
function firstMatch(text: string, pattern: RegExp): number | null {
  for (let length = 65_536; ; length *= 4) {
    const whole = length >= text.length;
    const folded = foldSameLength(whole ? text : text.slice(0, length));
    pattern.lastIndex = 0;
    const found = pattern.exec(folded);
    // Near the cut, a word or a phrase may go on past it: look again in a longer stretch.
    if (found && (whole || found.index + found[0].length < length - 1024)) return found.index;
    if (whole) return null;
  }
}

/**
 * A snippet of a long text in the form FTS5's snippet() returns: about 24 words around the first
 * match, matches wrapped in the highlight markers, `…` where the text goes on. Without a match
 * (a word the index folds in a way this does not), the start of the text.
 */
export function longTextSnippet(text: string, match: string): string {
  const pattern = matchPattern(match);
  const first = pattern ? firstMatch(text, pattern) : null;
  const { start, end } = windowAround(text, first ?? 0);
  let marked = start > 0 ? '…' : '';
  let at = start;
  if (pattern && first !== null) {
    // The window starts and ends at word boundaries, so it can be matched on its own.
    const folded = foldSameLength(text.slice(start, end));
    pattern.lastIndex = 0;
    for (let found = pattern.exec(folded); found; found = pattern.exec(folded)) {
      const from = start + found.index;
      const to = from + found[0].length;
      marked += text.slice(at, from) + HIGHLIGHT_OPEN + text.slice(from, to) + HIGHLIGHT_CLOSE;
      at = to;
    }
  }
  return marked + text.slice(at, end) + (end < text.length ? '…' : '');
}
