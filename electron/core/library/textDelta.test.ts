import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../tests/tempDir';
import { openTestLibrary, readSeed, SEED_ESSAY, SEED_REPORT, upload } from '../../../tests/library';
import { decodeOriginal, encodeOriginal } from './originalFileCodec';
import { decodeTextDelta, encodeTextDelta } from './textDelta';

const tempDir = useTempDirs();

const roundTrip = (original: Buffer, text: string) => {
  const delta = encodeTextDelta(original, Buffer.from(text))!;
  expect(decodeTextDelta(delta.data, Buffer.from(text)).equals(original)).toBe(true);
  return delta;
};

describe('originals stored as edits of their text', () => {
  const report = readSeed(SEED_REPORT).toString('utf8');

  it('rebuilds any original byte for byte, however little it shares with the text', () => {
    const crlf = Buffer.from(`Title line\r\n\r\n${report.replace(/\n/g, '\r\n')}  \r\n`);
    expect(roundTrip(crlf, report).literalBytes).toBeLessThan(crlf.length / 20);
    const reordered = report.split('\n').reverse().join('\n');
    expect(roundTrip(Buffer.from(reordered), report).literalBytes).toBeLessThan(200);
    const latin1 = Buffer.from(`Caf\xe9 ${report}`, 'latin1');
    roundTrip(latin1, report);
    roundTrip(randomBytes(5000), report);
    roundTrip(Buffer.alloc(0), report);
    roundTrip(Buffer.from(report), '');
    roundTrip(Buffer.from('short'), 'short');
  });

  it('refuses, with a clear message, to rebuild against a text that changed', () => {
    const original = Buffer.from(`Header\n${report}`);
    const delta = encodeTextDelta(original, Buffer.from(report))!;
    const changed = Buffer.from(report.replace('Istanbul', 'Ankara..'));
    expect(() => decodeTextDelta(delta.data, changed)).toThrow(
      /original file cannot be rebuilt from the source's text/,
    );
    expect(() => decodeTextDelta(delta.data.subarray(0, 12), Buffer.from(report))).toThrow(
      /cannot be rebuilt/,
    );
  });

  it('keeps Brotli for an original that is not its text', () => {
    const html = Buffer.from(
      `<html><body>${report
        .split('\n')
        .map(
          (p, i) =>
            `<p class="para-${i}" data-x="${i * 7}">${p.split(' ').join('</span> <span>')}</p>`,
        )
        .join('\n')}</body></html>`,
    );
    const stored = encodeOriginal(html);
    expect(stored.encoding).toBe('br');
    expect(decodeOriginal(stored.encoding, stored.data, () => report).equals(html)).toBe(true);
  });

  it('stores an imported text file in a few dozen bytes and gives it back exactly, also after delete and restore', async () => {
    const lib = openTestLibrary(tempDir());
    try {
      const files = [SEED_REPORT, SEED_ESSAY].map((name) => readSeed(name));
      const windows = Buffer.from(files[1]!.toString('utf8').replace(/\n/g, '\r\n'));
      const report = await lib.call('sources.import', {
        files: [upload('report.txt', files[0]!), upload('essay.md', windows)],
      });
      const ids = report.results.map((r) => r.sourceId!);
      const stored = lib.core.db
        .prepare(
          'SELECT encoding, length(bytes) AS size FROM source_files WHERE source_id IN (?, ?) ORDER BY source_id',
        )
        .all(ids[0], ids[1]) as { encoding: string; size: number }[];
      expect(stored.map((s) => s.encoding)).toEqual(['delta', 'delta']);
      expect(stored[0]!.size).toBeLessThan(files[0]!.length / 20);
      expect(lib.core.library.sources.original(ids[0]!)!.equals(files[0]!)).toBe(true);
      expect(lib.core.library.sources.original(ids[1]!)!.equals(windows)).toBe(true);

      // A new version replaces the text and the edits together.
      const edited = Buffer.from(files[0]!.toString('utf8').replace(/Istanbul/g, 'Geneva'));
      await lib.core.library.importer.reimport(ids[0]!, { name: 'report.txt', bytes: edited });
      expect(lib.core.library.sources.original(ids[0]!)!.equals(edited)).toBe(true);

      await lib.call('sources.delete', { id: ids[1]! });
      await lib.call('sources.restore', { id: ids[1]! });
      expect(lib.core.library.sources.original(ids[1]!)!.equals(windows)).toBe(true);
    } finally {
      lib.core.close();
    }
  });
});
