import type { Database } from 'better-sqlite3';
import type { LibraryCheck } from '../../../shared/model';
import { quickCheck } from '../db/integrity';

const FTS_TABLES = ['sources_fts', 'excerpts_fts', 'claims_fts', 'notes_fts'];

/** Everything `briefwright check` verifies, in words a user can act on. */
export function checkLibrary(db: Database): LibraryCheck {
  const problems: string[] = [];
  for (const message of quickCheck(db)) problems.push(`Database structure: ${message}`);
  const fk = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
  for (const row of fk.slice(0, 20))
    problems.push(`Row ${row.rowid} of ${row.table} points at a missing ${row.parent} row.`);
  for (const table of FTS_TABLES) {
    try {
      db.prepare(`INSERT INTO ${table} (${table}, rank) VALUES ('integrity-check', 1)`).run();
    } catch (error) {
      problems.push(`Search index ${table} is out of step: ${(error as Error).message}`);
    }
  }
  const count = (sql: string) => db.prepare(sql).pluck().get() as number;
  return {
    ok: problems.length === 0,
    problems,
    unanchoredExcerpts: count('SELECT count(*) FROM excerpts WHERE anchored = 0'),
    counts: {
      sources: count('SELECT count(*) FROM sources'),
      excerpts: count('SELECT count(*) FROM excerpts'),
      claims: count('SELECT count(*) FROM claims'),
      tags: count('SELECT count(*) FROM tags'),
      notes: count('SELECT count(*) FROM notes'),
    },
  };
}
