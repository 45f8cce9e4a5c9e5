import Database from 'better-sqlite3';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { brotliCompressSync } from 'node:zlib';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../tests/tempDir';
import {
  openTestLibrary,
  readSeed,
  SEED_ESSAY,
  SEED_REPORT,
  type TestLibrary,
} from '../../../../tests/library';
import { readSourceFile } from '../../importers';
import { encodeOriginal } from '../../library/originalFileCodec';
import { databasePath } from '../../app/dataDir';
import { openDatabase } from '../connection';
import { migrations } from './index';

const tempDir = useTempDirs();
let lib: TestLibrary | undefined;
afterEach(() => lib?.core.close());

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const PAGE = resolve(__dirname, '../../../../tests/fixtures/readability-pages/ars-1.html');

interface Stored {
  title: string;
  text: string;
  encoding: string;
  data: Buffer;
}

/** Each original stored as version 13 stored it: as edits of its text, Brotli, or as it came. */
async function originals() {
  const report = readSeed(SEED_REPORT);
  const essay = readSeed(SEED_ESSAY);
  const page = readFileSync(PAGE);
  const binary = randomBytes(3000);
  const stored = async (name: string, bytes: Buffer, textOriginal: boolean): Promise<Stored> => {
    const { title, text } = await readSourceFile(name, bytes);
    const { encoding, data } = encodeOriginal(bytes, textOriginal ? text : undefined);
    return { title, text, encoding, data };
  };
  const good = {
    report: { bytes: report, row: await stored(SEED_REPORT, report, true) },
    page: { bytes: page, row: await stored('ars-1.html', page, false) },
    binary: {
      bytes: binary,
      row: { title: 'Binary', text: 'binary', encoding: 'raw', data: binary },
    },
  };
  const essayRow = await stored(SEED_ESSAY, essay, true);
  const bad = {
    // Not Brotli at all (the essay's text, with its original lost).
    garbled: {
      ...essayRow,
      encoding: 'br',
      data: Buffer.from(
        '<html><body>Not Brotli: a page stored under the wrong encoding.</body></html>',
      ),
    },
    // Edits of a text that has changed under them: the rebuilt file would be wrong.
    driftedText: {
      ...essayRow,
      text: essayRow.text.replace(/the/, 'THE'),
    },
    // Edits that claim a 1 TB original.
    hugeLength: {
      title: 'Huge',
      text: 'huge',
      encoding: 'delta',
      data: brotliCompressSync(
        Buffer.from([1, 0x80, 0x80, 0x80, 0x80, 0x80, 0x20, ...Array(8).fill(0), 0]),
      ),
    },
    unknownEncoding: { title: 'Unknown', text: 'unknown', encoding: 'zstd', data: essay },
  };
  return { good, bad, essay };
}

function versionThirteenLibrary(dir: string, rows: Stored[]): void {
  openDatabase(databasePath(dir), { migrations: migrations.slice(0, 13) }).close();
  const v13 = new Database(databasePath(dir));
  const source = v13.prepare(
    `INSERT INTO sources (kind, title, imported_at, updated_at, content_hash, file_name, mime, text_length, text)
     VALUES ('text', ?, 'x', 'x', ?, 'f', 'text/plain', ?, ?)`,
  );
  const file = v13.prepare(
    'INSERT INTO source_files (source_id, bytes, encoding) VALUES (?, ?, ?)',
  );
  rows.forEach((row, i) => {
    const id = Number(
      source.run(row.title, sha256(Buffer.from(row.text)), row.text.length, row.text)
        .lastInsertRowid,
    );
    expect(id).toBe(i + 1);
    file.run(id, row.data, row.encoding);
  });
  v13.close();
}

describe('migration 14 (original file hashes)', () => {
  it('hashes every stored original as it came, and leaves a corrupt one without a hash', async () => {
    const { good, bad, essay } = await originals();
    expect([good.report.row.encoding, good.page.row.encoding]).toEqual(['delta', 'br']);
    const dir = tempDir();
    versionThirteenLibrary(dir, [
      good.report.row,
      bad.garbled,
      good.page.row,
      bad.driftedText,
      good.binary.row,
      bad.unknownEncoding,
      bad.hugeLength,
    ]);

    lib = openTestLibrary(dir);
    const { db } = lib.core;
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(14);
    const hashes = db
      .prepare('SELECT source_id, file_hash FROM source_files ORDER BY source_id')
      .all() as { source_id: number; file_hash: string | null }[];
    expect(hashes.map((r) => r.file_hash)).toEqual([
      sha256(good.report.bytes),
      null,
      sha256(good.page.bytes),
      null,
      sha256(good.binary.bytes),
      null,
      null,
    ]);
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT s.id, s.title FROM source_files f JOIN sources s ON s.id = f.source_id
         WHERE f.file_hash = ? ORDER BY f.source_id LIMIT 1`,
      )
      .all('x') as { detail: string }[];
    expect(plan.map((p) => p.detail).join('\n')).toMatch(
      /SEARCH f USING (COVERING )?INDEX source_files_file_hash/,
    );

    // Known by their bytes now; a source without a hash is found by its text, as before.
    const importer = lib.core.library.importer;
    expect(await importer.importFile({ name: 'again.html', bytes: good.page.bytes })).toMatchObject(
      {
        status: 'duplicate',
        sourceId: 3,
        title: good.page.row.title,
      },
    );
    expect(
      await importer.importFile({ name: 'again.txt', bytes: good.report.bytes }),
    ).toMatchObject({
      status: 'duplicate',
      sourceId: 1,
    });
    expect(await importer.importFile({ name: SEED_ESSAY, bytes: essay })).toMatchObject({
      status: 'duplicate',
      sourceId: 2,
    });
  });
});
