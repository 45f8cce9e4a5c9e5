import type { Database } from 'better-sqlite3';
import type { Migration } from './migrations/types';
import { writeTransaction } from './writeTransaction';

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Applies each pending migration in its own transaction, which also bumps `user_version`. */
export function migrate(db: Database, all: readonly Migration[]): number {
  let current = schemaVersion(db);
  for (const migration of all) {
    if (migration.version <= current) continue;
    if (migration.version !== current + 1) {
      throw new Error(
        `Migration ${migration.name} has version ${migration.version}, expected ${current + 1}`,
      );
    }
    writeTransaction(db, () => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
    current = migration.version;
  }
  return current;
}
