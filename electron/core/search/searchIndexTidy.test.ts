import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../tests/tempDir';
import { openTestLibrary, type TestLibrary } from '../../../tests/library';
import { startIdleIndexTidy } from './idleIndexTidy';
import { createSearchIndexTidy, SEARCH_INDEXES } from './searchIndexTidy';

const tempDir = useTempDirs();

const segments = (db: Database.Database, fts: string): number =>
  db.prepare(`SELECT count(DISTINCT segid) FROM ${fts}_idx`).pluck().get() as number;

/** Twelve imports, each a transaction of its own: twelve segments in the source index. */
async function importInBatches(lib: TestLibrary): Promise<void> {
  for (let batch = 0; batch < 12; batch++) {
    const files = Array.from({ length: 20 }, (_, i) => ({
      name: `report-${batch}-${i}.txt`,
      bytes: Buffer.from(
        `Field report ${batch}-${i}\n\nThe convoy code${batch}x${i} crossed checkpoint ${i % 7} ` +
          `near the river delta at dawn; observers counted ${batch * 20 + i} vehicles.\n`,
      ),
    }));
    await lib.core.library.importer.importFiles(files);
  }
}

const QUERIES = ['convoy', 'code7x13', '"river delta"', 'check*', 'vehicles', 'nothinglikethis'];

async function answers(lib: TestLibrary) {
  return Promise.all(
    QUERIES.map((text) => lib.call('library.search', { text, limit: 50, types: ['source'] })),
  );
}

describe('search index tidy', () => {
  it('merges the segments imports leave behind, and every search answers exactly as before', async () => {
    const lib = openTestLibrary(tempDir());
    try {
      await importInBatches(lib);
      const db = lib.core.db;
      expect(segments(db, 'sources_fts')).toBeGreaterThanOrEqual(10);
      const before = await answers(lib);

      const { steps, busy } = createSearchIndexTidy(db).runToEnd();

      expect(busy).toBe(false);
      expect(steps).toBeGreaterThan(0);
      expect(segments(db, 'sources_fts')).toBe(1);
      for (const fts of SEARCH_INDEXES)
        db.exec(`INSERT INTO ${fts} (${fts}, rank) VALUES ('integrity-check', 1)`);
      expect(await answers(lib)).toEqual(before);
      expect(before[0]!.counts.source).toBe(240);
      expect(before[1]!.hits).toHaveLength(1);
      // Nothing left: a second run merges nothing.
      expect(createSearchIndexTidy(db).runToEnd()).toMatchObject({ steps: 0, busy: false });
    } finally {
      lib.core.close();
    }
  });

  it('never waits for another process holding the write lock, and changes nothing meanwhile', async () => {
    const lib = openTestLibrary(tempDir());
    try {
      await importInBatches(lib);
      const db = lib.core.db;
      const other = new Database(lib.core.databasePath);
      other.exec('BEGIN IMMEDIATE');
      const tidy = createSearchIndexTidy(db);
      const started = performance.now();
      expect(tidy.step()).toBe('busy');
      // The connection's own busy timeout (seconds) was neither used nor lost.
      expect(performance.now() - started).toBeLessThan(1000);
      expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
      expect(segments(db, 'sources_fts')).toBeGreaterThanOrEqual(10);
      other.exec('COMMIT');
      other.close();
      expect(tidy.runToEnd().busy).toBe(false);
      expect(segments(db, 'sources_fts')).toBe(1);
    } finally {
      lib.core.close();
    }
  });

  it('works only while the library is idle and no call is running, and stops at the first request', async () => {
    const lib = openTestLibrary(tempDir());
    try {
      await importInBatches(lib);
      const db = lib.core.db;
      let clock = 0;
      let importing = true;
      const idle = startIdleIndexTidy(db, {
        idleMs: 1000,
        everyMs: 3_600_000,
        now: () => clock,
        inUse: () => importing,
      });
      const start = segments(db, 'sources_fts');

      clock = 500;
      expect(idle.tick()).toBe(false);
      expect(segments(db, 'sources_fts')).toBe(start);

      const changes = db.prepare('SELECT total_changes()').pluck();
      clock = 1500;
      // A long call (an import between two batches) is still running.
      expect(idle.tick()).toBe(false);
      expect(segments(db, 'sources_fts')).toBe(start);
      importing = false;
      expect(idle.tick()).toBe(true);
      expect(segments(db, 'sources_fts')).toBeLessThan(start);
      idle.touch();
      // A request just came in: no step at all until the library is idle again.
      const atRequest = changes.get();
      expect(idle.tick()).toBe(false);
      expect(changes.get()).toBe(atRequest);

      clock = 3000;
      while (idle.tick());
      expect(segments(db, 'sources_fts')).toBe(1);
      // Tidy, and nothing new happened: the next round does nothing at all.
      const total = changes.get();
      clock = 10_000;
      expect(idle.tick()).toBe(false);
      expect(changes.get()).toBe(total);
      idle.stop();
    } finally {
      lib.core.close();
    }
  });

  it('a step that fails (a full disk, a damaged index) is reported once and never reaches the host', () => {
    // SQLite's own failure, as better-sqlite3 throws it from the merge statement.
    const full = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    const db = {
      open: true,
      pragma: () => 5000,
      prepare: (sql: string) =>
        sql.includes("'merge'")
          ? {
              run: () => {
                throw full;
              },
            }
          : { pluck: () => ({ get: () => 0 }) },
    } as unknown as Database.Database;
    const errors: Error[] = [];
    let clock = 0;
    const idle = startIdleIndexTidy(db, {
      idleMs: 1000,
      everyMs: 3_600_000,
      now: () => clock,
      onError: (error) => errors.push(error),
    });
    clock = 2000;
    expect(idle.tick()).toBe(false);
    // Not again until the library is used again.
    expect(idle.tick()).toBe(false);
    expect(errors).toEqual([full]);
    idle.touch();
    clock = 4000;
    expect(idle.tick()).toBe(false);
    expect(errors).toHaveLength(2);
    idle.stop();
  });
});
