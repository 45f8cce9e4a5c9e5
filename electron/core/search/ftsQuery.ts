/**
 * Turns what a user typed into a safe FTS5 query. Users get phrases ("...") and prefixes
 * (word*); everything else is taken literally: each term becomes a quoted FTS5 string, so
 * `AND`, `NEAR(`, `-`, stray quotes or emoji can never be parsed as FTS5 syntax.
 */

const HAS_WORD = /[\p{L}\p{N}]/u;

/** A quoted FTS5 string: inside double quotes only `"` is special, and it is doubled. */
const quoteTerm = (term: string): string => `"${term.replace(/"/g, '""')}"`;

export interface ParsedQuery {
  /** The FTS5 MATCH expression, or null when nothing searchable remains. */
  match: string | null;
}

/** Control characters (NUL above all) end an SQLite string early; they are never searched for. */
const withoutControls = (input: string): string =>
  // eslint-disable-next-line no-control-regex -- the point is to remove them
  input.replace(/[\u0000-\u001f\u007f]/g, ' ');

export function toFtsQuery(input: string): ParsedQuery {
  const parts: string[] = [];
  const text = withoutControls(input).normalize('NFC');
  // A balanced "..." is a phrase; anything else is a bare term.
  for (const m of text.matchAll(/"([^"]*)"|([^\s"]+)/gu)) {
    const phrase = m[1];
    if (phrase !== undefined) {
      if (HAS_WORD.test(phrase)) parts.push(quoteTerm(phrase.replace(/\s+/g, ' ').trim()));
      continue;
    }
    const bare = m[2]!;
    const prefix = /^(.*[\p{L}\p{N}])\*+$/u.exec(bare);
    if (prefix) {
      parts.push(`${quoteTerm(prefix[1]!)}*`);
      continue;
    }
    if (HAS_WORD.test(bare)) parts.push(quoteTerm(bare));
  }
  return { match: parts.length ? parts.join(' ') : null };
}

/** The most literal reading: only the words, each quoted. Used if FTS5 still refuses a query. */
export function literalFtsQuery(input: string): string | null {
  const words = withoutControls(input)
    .normalize('NFC')
    .match(/[\p{L}\p{N}]+/gu);
  return words ? words.map(quoteTerm).join(' ') : null;
}
