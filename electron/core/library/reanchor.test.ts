import { describe, expect, it } from 'vitest';
import { readSeed, SEED_ESSAY, SEED_REPORT } from '../../../tests/library';
import { anchorAt } from './anchoring';
import { placeInText } from './reanchor';

const text = readSeed(SEED_REPORT).toString('utf8').replace(/\r\n/g, '\n');
const paragraphs = text.split('\n');

function anchorOf(quote: string) {
  const start = text.indexOf(quote);
  expect(start).toBeGreaterThan(-1);
  return anchorAt(text, start, start + quote.length);
}

describe('placing an excerpt in a new version of its text', () => {
  const quote = 'Rubio played a more diminutive role and held lower expectations';

  it('places a moved paragraph exactly, with its quote unchanged', () => {
    const old = anchorOf(quote);
    const index = paragraphs.findIndex((p) => p.includes(quote));
    const moved = [...paragraphs];
    const [paragraph] = moved.splice(index, 1);
    moved.push(paragraph!);
    const next = moved.join('\n');
    const placed = placeInText(next, old);
    expect(placed.kind).toBe('exact');
    if (placed.kind !== 'exact') return;
    expect(next.slice(placed.anchor.start, placed.anchor.end)).toBe(quote);
    expect(placed.anchor.start).not.toBe(old.start);
  });

  it('only proposes a place when a word changed, and the proposal shows the new words', () => {
    const old = anchorOf(quote);
    const next = text.replace(quote, quote.replace('diminutive', 'smaller'));
    const placed = placeInText(next, old);
    expect(placed.kind).toBe('proposed');
    if (placed.kind !== 'proposed') return;
    expect(placed.anchor.quote).toBe(
      'Rubio played a more smaller role and held lower expectations',
    );
    expect(placed.score).toBeGreaterThanOrEqual(0.75);
  });

  it('finds nothing when the paragraph was deleted', () => {
    const old = anchorOf(quote);
    const next = paragraphs.filter((p) => !p.includes(quote)).join('\n');
    expect(placeInText(next, old)).toEqual({ kind: 'notFound' });
  });

  it('never lands on a lookalike whose context differs', () => {
    const old = anchorOf(quote);
    const without = paragraphs.filter((p) => !p.includes(quote));
    // The same words, slightly changed, in an unrelated sentence elsewhere.
    without.splice(
      9,
      0,
      'In an unrelated aside, Rubio played a more modest role and held low expectations at home.',
    );
    expect(placeInText(without.join('\n'), old)).toEqual({ kind: 'notFound' });
  });

  it('picks the occurrence whose context matches when the quote is repeated', () => {
    const repeated = 'The port will reopen';
    const v1 = 'Officials said: The port will reopen. Brokers said: The port will reopen soon.';
    const start = v1.lastIndexOf(repeated);
    const old = anchorAt(v1, start, start + repeated.length);
    const v2 = `UPDATE. ${v1}`;
    const placed = placeInText(v2, old);
    expect(placed).toMatchObject({ kind: 'exact', anchor: { start: v2.lastIndexOf(repeated) } });
  });

  it('in a book-length text, proposes the changed quote where it was, and still finds one moved far', () => {
    const essay = readSeed(SEED_ESSAY).toString('utf8');
    const filler = Array.from({ length: 12 }, () => essay).join('\n');
    const book = `${filler}\n${text}\n${filler}`;
    const quote = 'Rubio played a more diminutive role and held lower expectations';
    const start = book.indexOf(quote);
    const old = anchorAt(book, start, start + quote.length);
    const edited = book.replace('a more diminutive role', 'a more modest role');
    expect(placeInText(edited, old)).toMatchObject({ kind: 'proposed', anchor: { start } });

    const paragraph = edited.slice(
      edited.lastIndexOf('\n', start) + 1,
      edited.indexOf('\n', start),
    );
    const movedFar = `${paragraph}\n${edited.replace(paragraph, '')}`;
    const placed = placeInText(movedFar, old);
    expect(placed.kind).toBe('proposed');
    if (placed.kind === 'proposed') expect(placed.anchor.quote).toContain('a more modest role');
  });
});
