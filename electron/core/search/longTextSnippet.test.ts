import { describe, expect, it } from 'vitest';
import { foldSameLength, longTextSnippet } from './longTextSnippet';
import { toFtsQuery } from './ftsQuery';
import { HIGHLIGHT_CLOSE, HIGHLIGHT_OPEN } from './snippets';

/** The snippet with its highlights shown as [brackets]. */
const snippet = (text: string, query: string) =>
  longTextSnippet(text, toFtsQuery(query).match!)
    .replaceAll(HIGHLIGHT_OPEN, '[')
    .replaceAll(HIGHLIGHT_CLOSE, ']');

const filler = (words: number, word = 'lorem') =>
  Array.from({ length: words }, (_, i) => `${word}${i % 10 === 9 ? '.' : ''}`).join(' ');

describe('snippets of long texts', () => {
  it('marks whole words only, whatever their case and accents', () => {
    expect(snippet('The party of art. CAFÉ society met at the Cafe.', 'art cafe')).toBe(
      'The party of [art]. [CAFÉ] society met at the [Cafe].',
    );
    expect(snippet('Decomposed: cafe\u0301 au lait.', 'CAFÉ')).toBe(
      'Decomposed: [cafe\u0301] au lait.',
    );
  });

  it('finds a phrase across punctuation and line breaks, and a prefix', () => {
    expect(snippet('The report,\nline by line; reports.', '"report line"')).toBe(
      'The [report,\nline] by line; reports.',
    );
    expect(snippet('Logistics and logic, not log.', 'logis*')).toBe(
      '[Logistics] and logic, not log.',
    );
  });

  it('shows about 24 words around the first match, with … where the text goes on', () => {
    const text = `${filler(3000)} the needle here ${filler(3000)}`;
    const marked = snippet(text, 'needle');
    expect(marked.startsWith('…')).toBe(true);
    expect(marked.endsWith('…')).toBe(true);
    expect(marked).toContain('the [needle] here');
    expect(marked.match(/[\p{L}]+/gu)!.length).toBe(24);
    // At the very start, no … before.
    expect(snippet(`Needle first. ${filler(100)}`, 'needle')).toMatch(/^\[Needle\] first\./);
  });

  it('keeps offsets right after characters whose lower case is longer, and past the first pages', () => {
    const text = `İstanbul İzmir ${filler(40_000)} the İzmir needle ${filler(10)}`;
    expect(foldSameLength(text)).toHaveLength(text.length);
    expect(snippet(text, '"izmir needle"')).toContain('the [İzmir needle]');
    // A phrase cut by where the first stretch ends is still found.
    const cut = 65_536 - 1200;
    const edge = `${'x '.repeat(cut / 2)}tail end of the phrase ${filler(20)}`;
    expect(snippet(edge, '"tail end of the phrase"')).toContain('[tail end of the phrase]');
  });

  it('shows the start of the text when the index matched in a way this cannot see', () => {
    expect(snippet(`Opening words. ${filler(100)}`, 'absent')).toMatch(/^Opening words\. lorem/);
  });
});
