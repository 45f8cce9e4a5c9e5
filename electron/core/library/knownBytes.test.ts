import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../tests/tempDir';
import { openTestLibrary, readSeed, SEED_ESSAY, SEED_REPORT } from '../../../tests/library';
import { readSourceFile } from '../importers';
import { createImportService, type ImportFile } from './importService';
import { originalFileHash } from './originalFileHash';

const tempDir = useTempDirs();
let close: (() => void) | undefined;
afterEach(() => close?.());

const PAGES = resolve(__dirname, '../../../tests/fixtures/readability-pages');
const page = (name: string): ImportFile => ({
  name: `${name}.html`,
  bytes: readFileSync(join(PAGES, `${name}.html`)),
});
const seed = (name: string): ImportFile => ({ name, bytes: readSeed(name) });

/** A folder as a user saves it: the two shared seed articles and three saved web pages. */
const folder = (): ImportFile[] => [
  seed(SEED_REPORT),
  seed(SEED_ESSAY),
  page('ars-1'),
  page('lwn-1'),
  page('heise'),
];

/**
 * A library whose importer reads through a reader that records every file it is asked to read
 * (the real importers, in this thread). `beforeRead` runs just before a file is read.
 */
function libraryWithReader(beforeRead?: (name: string) => Promise<void>) {
  const lib = openTestLibrary(tempDir());
  close = () => lib.core.close();
  const read: string[] = [];
  const { sources, excerpts, markings, tags } = lib.core.library;
  const importer = createImportService(
    lib.core.db,
    sources,
    excerpts,
    markings,
    tags,
    50 * 1024 * 1024,
    {
      async read(name, bytes, maxBytes) {
        read.push(name);
        await beforeRead?.(name);
        return readSourceFile(name, bytes, maxBytes);
      },
    },
  );
  const storedHash = (id: number) =>
    lib.core.db
      .prepare('SELECT file_hash FROM source_files WHERE source_id = ?')
      .pluck()
      .get(id) as string | null;
  return { lib, importer, read, storedHash };
}

describe('a file whose bytes are already in the library', () => {
  it('is reported as a duplicate the second time a folder is imported, without being read', async () => {
    const { lib, importer, read, storedHash } = libraryWithReader();
    const first = await importer.importFiles(folder());
    expect(first).toMatchObject({ imported: 5, duplicates: 0, failed: 0 });
    expect(read).toHaveLength(5);
    for (const [i, file] of folder().entries())
      expect(storedHash(first.results[i]!.sourceId!)).toBe(originalFileHash(file.bytes));

    read.length = 0;
    const again = await importer.importFiles(folder(), {
      updateExisting: true,
      tags: ['review/again'],
    });
    expect(read).toEqual([]);
    expect(again).toMatchObject({ imported: 0, duplicates: 5, failed: 0 });
    again.results.forEach((result, i) => {
      const id = first.results[i]!.sourceId!;
      expect(result).toEqual({
        name: folder()[i]!.name,
        status: 'duplicate',
        sourceId: id,
        title: first.results[i]!.title,
        reason: `Already in the library as source ${id}.`,
        updated: true,
      });
      expect(lib.core.library.sources.summary(id).tags).toContain('review/again');
    });
    // Nothing left to apply: not updated, and one file alone goes the same way.
    const once = await importer.importFile(page('heise'), { updateExisting: true });
    expect(once).toMatchObject({ status: 'duplicate', updated: false });
    expect(read).toEqual([]);
    expect(lib.core.library.sources.count()).toBe(5);
  });

  it('is a duplicate under another name too, and the same bytes twice in one batch are read once', async () => {
    const { lib, importer, read } = libraryWithReader();
    const bytes = page('lwn-1').bytes;
    const report = await importer.importFiles([
      { name: 'lwn-1.html', bytes },
      { name: 'saved again/Copy of lwn (2).html', bytes },
      { name: 'renamed.htm', bytes },
    ]);
    expect(read).toEqual(['lwn-1.html']);
    const id = report.results[0]!.sourceId!;
    expect(report.results.map((r) => [r.name, r.status, r.sourceId])).toEqual([
      ['lwn-1.html', 'imported', id],
      ['Copy of lwn (2).html', 'duplicate', id],
      ['renamed.htm', 'duplicate', id],
    ]);
    expect(report.results[2]!.title).toBe(report.results[0]!.title);

    const later = await importer.importFile({ name: 'other-name.html', bytes });
    expect(later).toMatchObject({ status: 'duplicate', sourceId: id });
    expect(read).toEqual(['lwn-1.html']);
    expect(lib.core.library.sources.get(id).fileName).toBe('lwn-1.html');
  });

  it('a file refused when read is refused again under its other names, read once', async () => {
    const { importer, read } = libraryWithReader();
    const bytes = Buffer.from([0x41, 0, 0x42, 0]);
    const report = await importer.importFiles([
      { name: 'binary.txt', bytes },
      { name: 'binary copy.txt', bytes },
    ]);
    expect(read).toEqual(['binary.txt']);
    expect(report.results).toMatchObject([
      { name: 'binary.txt', status: 'failed', reason: /binary/ },
      { name: 'binary copy.txt', status: 'failed', reason: /binary/ },
    ]);
  });

  it('new bytes with text the library has are still read and found by their text', async () => {
    const { importer, read } = libraryWithReader();
    const first = await importer.importFile(seed(SEED_REPORT));
    const crlf = Buffer.from(readSeed(SEED_REPORT).toString('utf8').replace(/\n/g, '\r\n'));
    const again = await importer.importFile({ name: 'report-windows.txt', bytes: crlf });
    expect(read).toEqual([SEED_REPORT, 'report-windows.txt']);
    expect(again).toMatchObject({ status: 'duplicate', sourceId: first.sourceId });
  });

  it('after re-import with a new version, the new file is the known one', async () => {
    const { importer, read, storedHash } = libraryWithReader();
    const first = await importer.importFile(seed(SEED_ESSAY));
    const id = first.sourceId!;
    const revised = Buffer.concat([
      readSeed(SEED_ESSAY),
      Buffer.from('\nA correction was appended on Tuesday.\n'),
    ]);
    await importer.reimport(id, { name: 'essay-v2.txt', bytes: revised });
    expect(storedHash(id)).toBe(originalFileHash(revised));

    read.length = 0;
    const again = await importer.importFile({ name: 'essay-v2 copy.txt', bytes: revised });
    expect(again).toMatchObject({ status: 'duplicate', sourceId: id });
    expect(read).toEqual([]);
    // The replaced file is no longer this source's original: it is read, as any new file is.
    await importer.importFile(seed(SEED_ESSAY));
    expect(read).toEqual([SEED_ESSAY]);
  });

  it('a source in the trash is not a known file: its bytes import as a new source, as before', async () => {
    const { lib, importer, read } = libraryWithReader();
    const first = await importer.importFile(seed(SEED_REPORT));
    lib.core.library.trash.delete(first.sourceId!);
    const again = await importer.importFile(seed(SEED_REPORT));
    expect(again.status).toBe('imported');
    expect(again.sourceId).not.toBe(first.sourceId);
    expect(read).toEqual([SEED_REPORT, SEED_REPORT]);
    // And the trashed one cannot come back over it, as before.
    expect(() => lib.core.library.trash.restore(first.sourceId!)).toThrow(/imported again/);
  });

  it('is read after all when its source is deleted while the batch is being read', async () => {
    let deleteKnown = () => {};
    const { lib, importer, read, storedHash } = libraryWithReader(async (name) => {
      // The other file of the batch is being read: the known one has been looked up already.
      if (name === 'ars-1.html') {
        await new Promise((done) => setTimeout(done, 0));
        deleteKnown();
      }
    });
    const known = await importer.importFile(seed(SEED_ESSAY));
    deleteKnown = () => lib.core.library.trash.delete(known.sourceId!);
    read.length = 0;
    const report = await importer.importFiles([page('ars-1'), seed(SEED_ESSAY)]);
    expect(report).toMatchObject({ imported: 2, duplicates: 0, failed: 0 });
    expect(read).toEqual(['ars-1.html', SEED_ESSAY]);
    expect(storedHash(report.results[1]!.sourceId!)).toBe(originalFileHash(readSeed(SEED_ESSAY)));
  });

  it('gets its hash back when restored from a trash entry made before hashes were kept', async () => {
    const { lib, importer, storedHash } = libraryWithReader();
    const bytes = readSeed(SEED_ESSAY);
    const id = (await importer.importFile({ name: SEED_ESSAY, bytes })).sourceId!;
    // Deleted and put back now, the hash travels with the file.
    lib.core.library.trash.delete(id);
    lib.core.library.trash.restore(id);
    expect(storedHash(id)).toBe(originalFileHash(bytes));
    lib.core.library.trash.delete(id);
    // The file columns as a library before migration 14 put them in the trash.
    const trashed = lib.core.db
      .prepare('SELECT file FROM source_trash WHERE source_id = ?')
      .pluck()
      .get(id) as string;
    const { file_hash: _dropped, ...older } = JSON.parse(trashed) as Record<string, unknown>;
    lib.core.db
      .prepare('UPDATE source_trash SET file = ? WHERE source_id = ?')
      .run(JSON.stringify(older), id);
    lib.core.library.trash.restore(id);
    expect(storedHash(id)).toBe(originalFileHash(bytes));
    expect(lib.core.library.sources.original(id)!.equals(bytes)).toBe(true);
  });
});
