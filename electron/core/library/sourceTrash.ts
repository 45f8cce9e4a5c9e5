import type { Database } from 'better-sqlite3';
import { ApiError } from '../../../shared/errors';
import type { DeletedExcerpt, DeletedSource, SourceDeleteImpact } from '../../../shared/model';
import type { ExcerptsRepository } from './excerptsRepository';
import type { SourcesRepository } from './sourcesRepository';
import type { TagsRepository } from './tagsRepository';
import { writeTransaction } from '../db/writeTransaction';

/** How long a deleted source can be brought back. */
const KEEP_DELETED_MS = 30 * 24 * 60 * 60 * 1000;

interface TrashRow {
  source_id: number;
  source: string;
  tags: string;
  details: string | null;
  excerpts: string;
  /** The original file's other columns (its encoding). */
  file: string;
  bytes: Buffer;
}

/**
 * Deleting a source and undoing it. The source goes whole into `source_trash` (row, original
 * file, tags, details, and each excerpt as `excerpts.delete` returns it), so undo puts back the
 * same source id, excerpt ids, evidence links and tags, and notes citing them are current again.
 */
export function createSourceTrash(
  db: Database,
  sources: SourcesRepository,
  excerpts: ExcerptsRepository,
  tags: TagsRepository,
  now: () => Date = () => new Date(),
) {
  const s = {
    row: db.prepare<[number], Record<string, unknown>>('SELECT * FROM sources WHERE id = ?'),
    details: db.prepare<[number], Record<string, unknown>>(
      'SELECT * FROM source_details WHERE source_id = ?',
    ),
    excerptIds: db
      .prepare<[number], number>('SELECT id FROM excerpts WHERE source_id = ? ORDER BY id')
      .pluck(),
    citingNotes: db
      .prepare<[number, number], number>(
        `SELECT count(DISTINCT c.note_id) FROM note_citations c JOIN notes n ON n.id = c.note_id
         WHERE n.deleted_at IS NULL AND (c.source_id = ? OR c.excerpt_id IN
           (SELECT id FROM excerpts WHERE source_id = ?))`,
      )
      .pluck(),
    claims: db
      .prepare<[number], number>(
        `SELECT count(DISTINCT ce.claim_id) FROM claim_evidence ce
         JOIN excerpts e ON e.id = ce.excerpt_id WHERE e.source_id = ?`,
      )
      .pluck(),
    trash: db.prepare(
      `INSERT OR REPLACE INTO source_trash (source_id, deleted_at, source, tags, details, excerpts, file, bytes)
       VALUES (@id, @stamp, @source, @tags, @details, @excerpts, @file, @bytes)`,
    ),
    trashed: db.prepare<[number], TrashRow>('SELECT * FROM source_trash WHERE source_id = ?'),
    untrash: db.prepare<[number]>('DELETE FROM source_trash WHERE source_id = ?'),
    purge: db.prepare<[string]>('DELETE FROM source_trash WHERE deleted_at < ?'),
    file: db.prepare<[number], Record<string, unknown>>(
      'SELECT * FROM source_files WHERE source_id = ?',
    ),
    hashTaken: db
      .prepare<[string], number>('SELECT id FROM sources WHERE content_hash = ?')
      .pluck(),
  };

  const insertRow = (table: string, row: Record<string, unknown>) => {
    const columns = Object.keys(row);
    db.prepare(
      `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')})
       VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
    ).run(row);
  };

  /** What deleting the source takes with it, for the confirmation. */
  const impact = (id: number): SourceDeleteImpact => {
    const source = sources.summary(id);
    return {
      id,
      title: source.title,
      citingNotes: s.citingNotes.get(id, id) as number,
      excerpts: source.excerptCount,
      claims: s.claims.get(id) as number,
    };
  };

  return {
    impact,
    delete: writeTransaction(db, (id: number): DeletedSource => {
      const before = impact(id);
      const row = s.row.get(id)!;
      const details = s.details.get(id) ?? null;
      // The stored file row as it is (its bytes may be compressed, with their encoding beside).
      const file = s.file.get(id) ?? {};
      const { bytes = Buffer.alloc(0), ...fileColumns } = file;
      const sourceTags = tags.namesFor('source', id);
      const removed: DeletedExcerpt[] = (s.excerptIds.all(id) as number[]).map((e) =>
        excerpts.delete(e),
      );
      sources.delete(id);
      const stamp = now();
      s.purge.run(new Date(stamp.getTime() - KEEP_DELETED_MS).toISOString());
      s.trash.run({
        id,
        stamp: stamp.toISOString(),
        source: JSON.stringify(row),
        tags: JSON.stringify(sourceTags),
        details: details ? JSON.stringify(details) : null,
        excerpts: JSON.stringify(removed),
        file: JSON.stringify(fileColumns),
        bytes,
      });
      return { ...before, deletedAt: stamp.toISOString() };
    }),
    /** Undo of `delete`: the same source, excerpts, evidence links and tags. */
    restore: writeTransaction(db, (id: number): number => {
      const trashed = s.trashed.get(id);
      if (!trashed)
        throw new ApiError('not_found', `Source ${id} is not among recently deleted sources.`);
      if (s.row.get(id))
        throw new ApiError(
          'conflict',
          `Source ${id} cannot be restored: another source already has its id.`,
        );
      const row = JSON.parse(trashed.source) as Record<string, unknown>;
      const clash = s.hashTaken.get(String(row.content_hash));
      if (clash !== undefined)
        throw new ApiError(
          'conflict',
          `Source ${id} cannot be restored: the same text was imported again as source ${clash}.`,
        );
      insertRow('sources', row);
      const fileColumns = JSON.parse(trashed.file) as Record<string, unknown>;
      insertRow('source_files', { ...fileColumns, bytes: trashed.bytes });
      // A file trashed before migration 014 comes back without its hash.
      if (fileColumns.source_id !== undefined && typeof fileColumns.file_hash !== 'string')
        sources.fillFileHash(id);
      if (trashed.details) insertRow('source_details', JSON.parse(trashed.details));
      tags.setFor('source', id, JSON.parse(trashed.tags) as string[]);
      for (const excerpt of JSON.parse(trashed.excerpts) as DeletedExcerpt[])
        excerpts.restore(excerpt);
      s.untrash.run(id);
      return id;
    }),
  };
}

export type SourceTrash = ReturnType<typeof createSourceTrash>;
