import type { Database } from 'better-sqlite3';
import { ApiError } from '../../../shared/errors';
import type { TagCount } from '../../../shared/model';
import { likeEscape, normalizeTagName } from './tagNames';
import { writeTransaction } from '../db/writeTransaction';
import { createRowCounts } from './rowCounts';

export type TaggedKind = 'source' | 'excerpt' | 'claim';

const LINK = {
  source: { table: 'source_tags', column: 'source_id' },
  excerpt: { table: 'excerpt_tags', column: 'excerpt_id' },
  claim: { table: 'claim_tags', column: 'claim_id' },
} as const;

export function createTagsRepository(db: Database) {
  const findId = db.prepare<[string], { id: number }>('SELECT id FROM tags WHERE name = ?');
  const insert = db.prepare<[string], { id: number }>(
    'INSERT INTO tags (name) VALUES (?) RETURNING id',
  );
  const linkStatements = (kind: TaggedKind) => {
    const { table, column } = LINK[kind];
    return {
      clear: db.prepare<[number]>(`DELETE FROM ${table} WHERE ${column} = ?`),
      add: db.prepare<[number, number]>(
        `INSERT OR IGNORE INTO ${table} (${column}, tag_id) VALUES (?, ?)`,
      ),
      names: db
        .prepare<[number], string>(
          `SELECT t.name FROM ${table} l JOIN tags t ON t.id = l.tag_id WHERE l.${column} = ? ORDER BY t.name`,
        )
        .pluck(),
    };
  };
  const link = {
    source: linkStatements('source'),
    excerpt: linkStatements('excerpt'),
    claim: linkStatements('claim'),
  };

  const list = db.prepare<[], TagCount>(`
    SELECT t.id, t.name,
      t.source_count AS sources, t.excerpt_count AS excerpts, t.claim_count AS claims,
      t.source_count + t.excerpt_count + t.claim_count AS total
    FROM tags t ORDER BY t.name`);
  const subtree = db.prepare<[string, string], { id: number; name: string }>(
    `SELECT id, name FROM tags WHERE name = ? OR name LIKE ? ESCAPE '\\' ORDER BY length(name)`,
  );
  const rename = db.prepare<[string, number]>('UPDATE tags SET name = ? WHERE id = ?');
  const remove = db.prepare<[number]>('DELETE FROM tags WHERE id = ?');
  const moveLinks = (['source', 'excerpt', 'claim'] as const).map((kind) => {
    const { table, column } = LINK[kind];
    return db.prepare<[number, number]>(
      `INSERT OR IGNORE INTO ${table} (${column}, tag_id) SELECT ${column}, ? FROM ${table} WHERE tag_id = ?`,
    );
  });
  const rowCount = createRowCounts(db);

  const ensure = (name: string): number => {
    const normalized = normalizeTagName(name);
    if (!normalized) throw new ApiError('bad_request', `"${name}" is not a usable tag name.`);
    // Look first: most tags already exist, and a read writes nothing.
    return (findId.get(normalized) ?? insert.get(normalized)!).id;
  };

  const requireSubtree = (name: string) => {
    const normalized = normalizeTagName(name);
    const rows = subtree.all(normalized, `${likeEscape(normalized)}/%`);
    if (rows.length === 0) throw new ApiError('not_found', `There is no tag "${normalized}".`);
    return { normalized, rows };
  };

  const repo = {
    /** Replaces the tags of one item (creating tags as needed). Call inside a transaction. */
    setFor(kind: TaggedKind, itemId: number, names: readonly string[]): void {
      link[kind].clear.run(itemId);
      for (const name of names) link[kind].add.run(itemId, ensure(name));
    },
    addTo(kind: TaggedKind, itemId: number, names: readonly string[]): void {
      for (const name of names) link[kind].add.run(itemId, ensure(name));
    },
    namesFor(kind: TaggedKind, itemId: number): string[] {
      return link[kind].names.all(itemId);
    },
    list(): TagCount[] {
      return list.all();
    },
    count(): number {
      return rowCount('tags');
    },
    /** Renames a tag and every tag below it; renaming onto an existing tag merges into it. */
    rename: writeTransaction(db, (from: string, to: string): void => {
      const { normalized, rows } = requireSubtree(from);
      const target = normalizeTagName(to);
      if (!target) throw new ApiError('bad_request', `"${to}" is not a usable tag name.`);
      if (target === normalized) return;
      if (target.startsWith(`${normalized}/`))
        throw new ApiError('bad_request', `A tag cannot be moved below itself.`);
      for (const row of rows) {
        const newName = target + row.name.slice(normalized.length);
        const existing = findId.get(newName);
        if (existing) {
          for (const move of moveLinks) move.run(existing.id, row.id);
          remove.run(row.id);
        } else rename.run(newName, row.id);
      }
    }),
    /** Moves every link of `from` (and only `from`) onto `into`, then removes `from`. */
    merge: writeTransaction(db, (from: string, into: string): void => {
      const source = findId.get(normalizeTagName(from));
      if (!source) throw new ApiError('not_found', `There is no tag "${normalizeTagName(from)}".`);
      const targetId = ensure(into);
      if (targetId === source.id) return;
      for (const move of moveLinks) move.run(targetId, source.id);
      remove.run(source.id);
    }),
    /** Removes one tag and its links; what it tagged stays. Children keep their own names. */
    delete(name: string): void {
      const normalized = normalizeTagName(name);
      const row = findId.get(normalized);
      if (!row) throw new ApiError('not_found', `There is no tag "${normalized}".`);
      remove.run(row.id);
    },
  };
  return repo;
}

export type TagsRepository = ReturnType<typeof createTagsRepository>;
