import { afterEach, describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../tests/tempDir';
import { openTestLibrary, type TestLibrary } from '../../../tests/library';
import type { ImportFileResult } from '../../../shared/model';
import type { ImportedSource } from '../importers';
import { INLINE_TEXT_BYTES, inlineSmallText } from './importReader';

const tempDir = useTempDirs();
let lib: TestLibrary;
afterEach(() => lib?.core.close());

const article = (i: number) =>
  Buffer.from(
    `Report ${i}\n\nThe convoy crossed the river at dawn on day ${i}. Nothing else moved.\n`,
  );

describe('importing many files at once', () => {
  it('writes them in batches, and a file that fails loses only itself', async () => {
    lib = openTestLibrary(tempDir());
    const files = Array.from({ length: 250 }, (_, i) => ({
      name: `report-${i}.txt`,
      bytes: article(i),
    }));
    // Refused when read (binary), refused by the database when written, and the same text twice
    // in one batch.
    lib.core.db.exec(`CREATE TEMP TRIGGER refuse BEFORE INSERT ON sources WHEN new.title = 'Refused'
      BEGIN SELECT RAISE(ABORT, 'refused for the test'); END`);
    files[40] = { name: 'binary.txt', bytes: Buffer.from([0x41, 0, 0x42, 0]) };
    files[120] = {
      name: 'refused.txt',
      bytes: Buffer.from('Title: Refused\nAuthor: Nobody\n\nA body that is fine.\n'),
    };
    files[200] = { name: 'again.txt', bytes: article(199) };
    files[5] = { name: 'twice-in-a-batch.txt', bytes: article(3) };
    const heard: [number, ImportFileResult][] = [];
    const report = await lib.core.library.importer.importFiles(files, {}, (result, index) =>
      heard.push([index, result]),
    );

    expect(report).toMatchObject({ imported: 246, duplicates: 2, failed: 2 });
    expect(report.results[5]).toMatchObject({
      status: 'duplicate',
      sourceId: report.results[3]!.sourceId,
    });
    expect(report.results[40]).toMatchObject({ status: 'failed', reason: /binary/ });
    expect(report.results[120]).toMatchObject({
      name: 'refused.txt',
      status: 'failed',
      reason: /refused for the test/,
    });
    expect(report.results[200]).toMatchObject({
      status: 'duplicate',
      sourceId: report.results[199]!.sourceId,
    });
    // Every file heard of once, in order, with the result the report holds.
    expect(heard.map(([index]) => index)).toEqual(files.map((_, i) => i));
    expect(heard.map(([, r]) => r)).toEqual(report.results);
    // Nothing of the refused files was written, everything else was, with its text searchable.
    const stored = lib.core.db.prepare('SELECT count(*) FROM sources').pluck().get();
    expect(stored).toBe(246);
    expect(
      lib.core.db.prepare("SELECT count(*) FROM sources WHERE title = 'Refused'").pluck().get(),
    ).toBe(0);
    const hit = await lib.call('library.search', { text: '"day 249"', limit: 5 });
    expect(hit.hits.map((h) => h.id)).toEqual([report.results[249]!.sourceId]);
  });
});

describe('where a file is read', () => {
  const fake = () => {
    const read: string[] = [];
    const pool = {
      read: async (name: string): Promise<ImportedSource> => {
        read.push(name);
        throw new Error('read on the pool');
      },
    };
    return { read, reader: inlineSmallText(pool) };
  };

  it('reads small plain text in place and everything else on the worker pool', async () => {
    const { read, reader } = fake();
    const text = await reader.read('note.md', Buffer.from('# Title\n\nBody text here.\n'));
    expect(text).toMatchObject({ kind: 'markdown', title: 'Title' });
    await expect(reader.read('page.html', Buffer.from('<p>x</p>'))).rejects.toThrow('pool');
    const big = Buffer.alloc(INLINE_TEXT_BYTES + 1, 'word ');
    await expect(reader.read('long.txt', big)).rejects.toThrow('pool');
    expect(read).toEqual(['page.html', 'long.txt']);
  });
});
