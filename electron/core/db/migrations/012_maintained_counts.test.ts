import type { Database } from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../tests/tempDir';
import { openTestLibrary, upload, type TestLibrary } from '../../../../tests/library';
import { databasePath } from '../../app/dataDir';
import { openDatabase } from '../connection';
import { migrations } from './index';

const tempDir = useTempDirs();
let lib: TestLibrary | undefined;
afterEach(() => lib?.core.close());

const count = (db: Database, sql: string) => db.prepare(sql).pluck().get() as number;

/** The maintained counters, next to what counting every row says. */
function counters(db: Database) {
  const kept = Object.fromEntries(
    db
      .prepare<[], { name: string; n: number }>('SELECT name, n FROM row_counts')
      .all()
      .map((r) => [r.name, r.n]),
  );
  const perTag = db
    .prepare('SELECT name, source_count, excerpt_count, claim_count FROM tags ORDER BY name')
    .all();
  return { kept, perTag };
}

function truth(db: Database) {
  return {
    kept: {
      sources: count(db, 'SELECT count(*) FROM sources'),
      excerpts: count(db, 'SELECT count(*) FROM excerpts'),
      claims: count(db, 'SELECT count(*) FROM claims'),
      tags: count(db, 'SELECT count(*) FROM tags'),
    },
    perTag: db
      .prepare(
        `SELECT name,
          (SELECT count(*) FROM source_tags WHERE tag_id = t.id) AS source_count,
          (SELECT count(*) FROM excerpt_tags WHERE tag_id = t.id) AS excerpt_count,
          (SELECT count(*) FROM claim_tags WHERE tag_id = t.id) AS claim_count
         FROM tags t ORDER BY name`,
      )
      .all(),
  };
}

const expectCountsRight = (db: Database) => expect(counters(db)).toEqual(truth(db));

/** A library as migration 11 left it, written with plain SQL: 3 sources, 5 excerpts, 2 claims. */
function libraryBeforeCounts(dir: string): void {
  const db = openDatabase(databasePath(dir), { migrations: migrations.slice(0, 11) });
  const source = db.prepare(
    `INSERT INTO sources (kind, title, imported_at, updated_at, content_hash, file_name, mime, text_length, text)
     VALUES ('text', ?, 'x', 'x', ?, 'f.txt', 'text/plain', 40, 'The ferry crossed the strait before dawn.')`,
  );
  for (const n of [1, 2, 3]) source.run(`Source ${n}`, `hash-${n}`);
  const excerpt = db.prepare(
    `INSERT INTO excerpts (source_id, start, "end", quote, created_at, updated_at)
     VALUES (?, 4, 9, 'ferry', 'x', 'x')`,
  );
  for (const sourceId of [1, 1, 2, 3, 3]) excerpt.run(sourceId);
  const claim = db.prepare(
    "INSERT INTO claims (text, created_at, updated_at) VALUES (?, 'x', 'x')",
  );
  claim.run('The ferry runs again');
  claim.run('The strait stays closed');
  db.exec(`
    INSERT INTO tags (name) VALUES ('region'), ('region/north'), ('topic/shipping');
    INSERT INTO source_tags VALUES (1, 1), (2, 1), (2, 2), (3, 3);
    INSERT INTO excerpt_tags VALUES (1, 2), (2, 2), (4, 3);
    INSERT INTO claim_tags VALUES (1, 3);
  `);
  db.close();
}

describe('maintained counts migration', () => {
  it('gives an existing library its counts, and they stay right through every change', async () => {
    const dir = tempDir();
    libraryBeforeCounts(dir);
    lib = openTestLibrary(dir);
    const { db } = lib.core;
    expect(counters(db)).toEqual({
      kept: { sources: 3, excerpts: 5, claims: 2, tags: 3 },
      perTag: [
        { name: 'region', source_count: 2, excerpt_count: 0, claim_count: 0 },
        { name: 'region/north', source_count: 1, excerpt_count: 2, claim_count: 0 },
        { name: 'topic/shipping', source_count: 1, excerpt_count: 1, claim_count: 1 },
      ],
    });
    // What the status bar and the Tags view read.
    expect((await lib.call('app.info', {})).counts).toMatchObject({
      sources: 3,
      excerpts: 5,
      claims: 2,
      tags: 3,
    });
    expect((await lib.call('tags.list', {})).find((t) => t.name === 'topic/shipping')).toEqual(
      expect.objectContaining({ sources: 1, excerpts: 1, claims: 1, total: 3 }),
    );

    // Insert: an import of several files (one a duplicate), excerpts and claims with tags.
    const report = await lib.call('sources.import', {
      files: [
        upload('a.txt', 'Harbour report\n\nThe harbour reopened on Monday after the storm.\n'),
        upload('b.txt', 'Border report\n\nTrucks queued at the border crossing all night.\n'),
        upload(
          'a-again.txt',
          'Harbour report\n\nThe harbour reopened on Monday after the storm.\n',
        ),
      ],
      tags: ['topic/shipping', 'region/south'],
    });
    expect(report).toMatchObject({ imported: 2, duplicates: 1 });
    const [a, b] = report.results.map((r) => r.sourceId!);
    const excerpt = await lib.call('excerpts.create', {
      sourceId: a!,
      quote: 'harbour reopened',
      tags: ['region/south'],
    });
    await lib.call('excerpts.create', { sourceId: b!, quote: 'Trucks queued' });
    const claim = await lib.call('claims.create', {
      text: 'The harbour stays open',
      tags: ['region/south', 'topic/shipping'],
      evidence: [{ excerptId: excerpt.id, relation: 'supports' }],
    });
    expectCountsRight(db);
    expect(counters(db).kept).toEqual({ sources: 5, excerpts: 7, claims: 3, tags: 4 });

    // Delete: a source takes its excerpts (and their tags) with it.
    const deleted = await lib.call('sources.delete', { id: a! });
    expectCountsRight(db);
    expect(counters(db).kept).toMatchObject({ sources: 4, excerpts: 6 });

    // Restore with the same ids.
    const restored = await lib.call('sources.restore', { id: deleted.restore.id });
    expect(restored.id).toBe(a);
    expectCountsRight(db);
    expect(counters(db).kept).toMatchObject({ sources: 5, excerpts: 7 });

    // Re-import a new version of a file: nothing is added or removed.
    await lib.call('sources.reimport', {
      id: b!,
      file: upload('b.txt', 'Border report\n\nTrucks queued at the border crossing all day.\n'),
    });
    expectCountsRight(db);
    expect(counters(db).kept).toMatchObject({ sources: 5, excerpts: 7 });

    // Excerpts and claims deleted and restored; tags renamed, merged and deleted.
    const gone = await lib.call('claims.delete', { id: claim.id });
    expectCountsRight(db);
    await lib.call('claims.restore', gone.restore);
    const cut = await lib.call('excerpts.delete', { id: excerpt.id });
    expectCountsRight(db);
    await lib.call('excerpts.restore', cut.restore);
    expectCountsRight(db);
    await lib.call('tags.rename', { from: 'region', to: 'area' });
    expectCountsRight(db);
    await lib.call('tags.merge', { from: 'area/south', into: 'area/north' });
    expectCountsRight(db);
    await lib.call('tags.delete', { name: 'topic/shipping' });
    expectCountsRight(db);
    await lib.call('sources.update', { id: b!, tags: ['area', 'new/tag'] });
    expectCountsRight(db);
    // area, area/north (area/south merged into it), new/tag; topic/shipping deleted.
    expect(counters(db).kept).toEqual({ sources: 5, excerpts: 7, claims: 3, tags: 3 });
  });

  it('counts a new library from its first row, sample sources included', () => {
    lib = openTestLibrary(tempDir(), { sample: true });
    const { db } = lib.core;
    expect(counters(db).kept.sources).toBeGreaterThan(0);
    expectCountsRight(db);
  });
});
