import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalizeText';

/** The pass-by-pass definition the one-pass version must match. */
const byPasses = (raw: string): string =>
  raw
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029\v\f\u0085]/g, '\n')
    .replace(/[\u200b\u2060\ufeff\u00ad]/g, '')
    .replace(/[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, '')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

describe('normalizeText', () => {
  it('changes exactly what the pass-by-pass definition changes, in one pass', () => {
    const pieces = [
      'Word',
      ' ',
      '\r\n',
      '\r',
      '\n',
      '\u2028',
      '\u2029',
      '\v',
      '\f',
      '\u0085',
      '\u200b',
      '\u2060',
      '\ufeff',
      '\u00ad',
      '\t',
      '\u00a0',
      '\u2003',
      '\u202f',
      '\u3000',
      '\u0000',
      '\u0007',
      '\u000e',
      '\u001f',
      '\u007f',
      '\u200d',
      'e\u0301',
      '«',
      '—',
      'Ж',
      '  ',
    ];
    let seed = 7;
    const next = () => (seed = (seed * 16807) % 2147483647);
    for (let n = 0; n < 2000; n++) {
      const text = Array.from(
        { length: 1 + (next() % 24) },
        () => pieces[next() % pieces.length],
      ).join('');
      expect(normalizeText(text), JSON.stringify(text)).toBe(byPasses(text));
    }
    expect(normalizeText(' A\u00a0\u00a0b\u200b\r\n\r\n\r\nc\u0007\vd ')).toBe('A b\n\nc\nd');
  });
});
