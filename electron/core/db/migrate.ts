import type { Database } from 'better-sqlite3';
import type { Migration } from './migrations/types';
import { writeTransaction } from './writeTransaction';

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Applies each pending migration in its own transaction, which also bumps `user_version`.
 * Several processes may open a new library at once, so the version is read again under the
 * write lock: a migration another process applied meanwhile is skipped, never run twice.
 */
export function migrate(db: Database, all: readonly Migration[]): number {
  const last = all.at(-1)?.version ?? 0;
  if (schemaVersion(db) >= last) return schemaVersion(db);
  for (const migration of all) {
    writeTransaction(db, () => {
      const current = schemaVersion(db);
      if (migration.version <= current) return;
      if (migration.version !== current + 1) {
        throw new Error(
          `Migration ${migration.name} has version ${migration.version}, expected ${current + 1}`,
        );
      }
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return schemaVersion(db);
}
