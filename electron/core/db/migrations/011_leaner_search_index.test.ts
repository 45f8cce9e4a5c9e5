import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../tests/tempDir';
import { openTestLibrary, readSeed, SEED_ESSAY, SEED_REPORT } from '../../../../tests/library';
import { normalizeText } from '../../importers/normalizeText';
import { openDatabase } from '../connection';
import { migrations } from './index';

const tempDir = useTempDirs();

const FTS_TABLES = ['sources_fts', 'excerpts_fts', 'claims_fts', 'notes_fts'] as const;

/** The bytes of an index's segments (pages would round a small library away). */
const indexBytes = (db: Database.Database, table: string): number =>
  db.prepare(`SELECT sum(length(block)) FROM ${table}_data`).pluck().get() as number;

/** A version-10 library written the way that version stored it: rows in, triggers index them. */
function versionTenLibrary(path: string): { sourceBytes: number } {
  openDatabase(path, { migrations: migrations.slice(0, 10) }).close();
  const v10 = new Database(path);
  const insertSource = v10.prepare(`INSERT INTO sources (kind, title, imported_at, updated_at,
      content_hash, file_name, mime, text_length, text)
    VALUES ('text', ?, '2026-01-02T00:00:00.000Z', 'x', ?, ?, 'text/plain', ?, ?)`);
  const texts = [SEED_REPORT, SEED_ESSAY].map((name) =>
    normalizeText(readSeed(name).toString('utf8')),
  );
  texts.forEach((text, i) => {
    insertSource.run(`Seed ${i + 1}`, `hash-${i}`, `seed-${i}.txt`, text.length, text);
    v10
      .prepare(`INSERT INTO source_files (source_id, bytes) VALUES (?, ?)`)
      .run(i + 1, Buffer.from(text));
  });
  const quote = 'Istanbul';
  const at = texts[0]!.indexOf(quote);
  v10
    .prepare(
      `INSERT INTO excerpts (source_id, start, "end", quote, comment, created_at, updated_at)
       VALUES (1, ?, ?, ?, 'delegations met', 'x', 'x')`,
    )
    .run(at, at + quote.length, quote);
  v10.exec(`
    INSERT INTO claims (text, created_at, updated_at)
      VALUES ('Mediation shifted towards a quieter posture', 'x', 'x');
    INSERT INTO claim_evidence (claim_id, excerpt_id, relation) VALUES (1, 1, 'supports');
    INSERT INTO notes (title, content, plain_text, created_at, updated_at)
      VALUES ('Weekly brief', '{}', 'Drone strikes preceded the talks', 'x', 'x');
  `);
  const sourceBytes = indexBytes(v10, 'sources_fts');
  v10.close();
  return { sourceBytes };
}

describe('migration 11 (leaner search index)', () => {
  it('rebuilds every index with 2- and 3-character prefixes, smaller, and every search still answers', async () => {
    const dir = tempDir();
    const path = join(dir, 'library.sqlite');
    const before = versionTenLibrary(path);

    const lib = openTestLibrary(dir);
    try {
      const db = lib.core.db;
      for (const table of FTS_TABLES) {
        const sql = db.prepare('SELECT sql FROM sqlite_schema WHERE name = ?').pluck().get(table);
        expect(sql).toContain("prefix = '2 3'");
        // The index agrees with its content table row for row.
        db.prepare(`INSERT INTO ${table} (${table}, rank) VALUES ('integrity-check', 1)`).run();
      }
      expect(indexBytes(db, 'sources_fts')).toBeLessThan(before.sourceBytes * 0.85);

      const found = async (text: string, types?: ('source' | 'excerpt' | 'claim' | 'note')[]) =>
        (await lib.call('library.search', { text, types })).hits.map((h) => `${h.type}:${h.id}`);
      expect(await found('istanbul', ['source'])).toEqual(['source:1']);
      expect(await found('"ukrainian and russian delegations"')).toEqual(['source:1']);
      // Prefixes of two and three characters read a prefix index; longer ones scan terms.
      expect(await found('is*', ['excerpt'])).toEqual(['excerpt:1']);
      expect(await found('ist*', ['excerpt'])).toEqual(['excerpt:1']);
      expect(await found('istanb*', ['source', 'excerpt'])).toEqual(
        expect.arrayContaining(['source:1', 'excerpt:1']),
      );
      expect(await found('deleg*', ['excerpt'])).toEqual(['excerpt:1']);
      expect(await found('quiete*')).toEqual(['claim:1']);
      expect(await found('"drone strikes"', ['note'])).toEqual(['note:1']);
      // Hostile input is still answered literally.
      expect(await found('NEAR( "istanbul')).toEqual([]);

      // The sync triggers write into the rebuilt tables: delete and restore keep the same ids.
      await lib.call('sources.delete', { id: 1 });
      expect(await found('istanbul')).toEqual([]);
      await lib.call('sources.restore', { id: 1 });
      expect(await found('istanbul', ['source', 'excerpt'])).toEqual(
        expect.arrayContaining(['source:1', 'excerpt:1']),
      );
      db.prepare(`INSERT INTO sources_fts (sources_fts, rank) VALUES ('integrity-check', 1)`).run();
    } finally {
      lib.core.close();
    }
  });
});
