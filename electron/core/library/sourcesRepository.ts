import type { Database } from 'better-sqlite3';
import { ApiError } from '../../../shared/errors';
import type { Source, SourceKind, SourcePage, SourceSummary } from '../../../shared/model';
import type { SourceSnapshot } from '../../../shared/note/serializedNodes';
import { likeEscape, normalizeTagName } from './tagNames';
import type { TagsRepository } from './tagsRepository';
import { nextIdSql } from '../db/migrations/005_retired_ids';
import { decodeOriginal, encodeOriginal, type OriginalEncoding } from './originalFileCodec';

/** What an importer produces, plus the file it came from. */
export interface NewSource {
  kind: SourceKind;
  title: string;
  author: string | null;
  outlet: string | null;
  publishedAt: string | null;
  url: string | null;
  text: string;
  pageOffsets: number[] | null;
  fileName: string;
  mime: string;
  bytes: Buffer;
  contentHash: string;
  marking: string | null;
}

interface SummaryRow {
  id: number;
  kind: SourceKind;
  title: string;
  author: string | null;
  outlet: string | null;
  published_at: string | null;
  url: string | null;
  imported_at: string;
  marking: string | null;
  file_name: string;
  mime: string;
  text_length: number;
  tags: string | null;
  excerpt_count: number;
}

const SUMMARY_COLUMNS = `s.id, s.kind, s.title, s.author, s.outlet, s.published_at, s.url, s.imported_at,
  s.marking, s.file_name, s.mime, s.text_length,
  (SELECT group_concat(name, char(31)) FROM (SELECT t.name FROM source_tags st JOIN tags t ON t.id = st.tag_id
    WHERE st.source_id = s.id ORDER BY t.name)) AS tags,
  (SELECT count(*) FROM excerpts e WHERE e.source_id = s.id) AS excerpt_count`;

export const splitTags = (joined: string | null): string[] => (joined ? joined.split('\x1f') : []);

const toSummary = (row: SummaryRow): SourceSummary => ({
  id: row.id,
  kind: row.kind,
  title: row.title,
  author: row.author,
  outlet: row.outlet,
  publishedAt: row.published_at,
  url: row.url,
  importedAt: row.imported_at,
  marking: row.marking,
  tags: splitTags(row.tags),
  fileName: row.file_name,
  mime: row.mime,
  textLength: row.text_length,
  excerptCount: row.excerpt_count,
});

export function createSourcesRepository(
  db: Database,
  tags: TagsRepository,
  now: () => Date = () => new Date(),
) {
  const s = {
    insert:
      db.prepare(`INSERT INTO sources (id, kind, title, author, outlet, published_at, url, imported_at,
        updated_at, content_hash, marking, file_name, mime, text_length, page_offsets, text)
      VALUES (${nextIdSql('sources')}, @kind, @title, @author, @outlet, @publishedAt, @url, @stamp, @stamp, @contentHash, @marking,
        @fileName, @mime, @textLength, @pageOffsets, @text)`),
    insertFile: db.prepare<[number, Buffer, OriginalEncoding]>(
      'INSERT INTO source_files (source_id, bytes, encoding) VALUES (?, ?, ?)',
    ),
    replaceFile: db.prepare<[Buffer, OriginalEncoding, number]>(
      'UPDATE source_files SET bytes = ?, encoding = ? WHERE source_id = ?',
    ),
    byHash: db.prepare<[string], { id: number; title: string }>(
      'SELECT id, title FROM sources WHERE content_hash = ?',
    ),
    summary: db.prepare<[number], SummaryRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM sources s WHERE s.id = ?`,
    ),
    full: db.prepare<[number], { text: string; page_offsets: string | null }>(
      'SELECT text, page_offsets FROM sources WHERE id = ?',
    ),
    snapshot: db.prepare<
      [number],
      {
        title: string;
        author: string | null;
        outlet: string | null;
        published_at: string | null;
        url: string | null;
        marking: string | null;
      }
    >('SELECT title, author, outlet, published_at, url, marking FROM sources WHERE id = ?'),
    count: db.prepare<[], number>('SELECT count(*) FROM sources').pluck(),
    remove: db.prepare<[number]>('DELETE FROM sources WHERE id = ?'),
    original: db.prepare<[number], { bytes: Buffer; encoding: OriginalEncoding }>(
      'SELECT bytes, encoding FROM source_files WHERE source_id = ?',
    ),
  };

  const listStatement = (tagCount: number) =>
    db.prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM sources s ${tagCount ? 'WHERE s.id IN (SELECT source_id FROM source_tags WHERE tag_id IN (SELECT id FROM tags WHERE ' + Array.from({ length: tagCount }, () => "name = ? OR name LIKE ? ESCAPE '\\'").join(' OR ') + '))' : ''}
       ORDER BY s.imported_at DESC, s.id DESC LIMIT ? OFFSET ?`,
    );
  const countStatement = (tagCount: number) =>
    db
      .prepare(
        `SELECT count(*) FROM sources s ${tagCount ? 'WHERE s.id IN (SELECT source_id FROM source_tags WHERE tag_id IN (SELECT id FROM tags WHERE ' + Array.from({ length: tagCount }, () => "name = ? OR name LIKE ? ESCAPE '\\'").join(' OR ') + '))' : ''}`,
      )
      .pluck();

  const repo = {
    findByHash(hash: string): { id: number; title: string } | undefined {
      return s.byHash.get(hash);
    },
    /** Inserts a source with its file and tags. Call inside a transaction. */
    insert(source: NewSource, tagNames: readonly string[]): number {
      const result = s.insert.run({
        ...source,
        stamp: now().toISOString(),
        textLength: source.text.length,
        pageOffsets: source.pageOffsets ? JSON.stringify(source.pageOffsets) : null,
      });
      const id = Number(result.lastInsertRowid);
      const original = encodeOriginal(source.bytes);
      s.insertFile.run(id, original.data, original.encoding);
      tags.setFor('source', id, tagNames);
      return id;
    },
    /** Replaces the text (and file, and hash) of a source after re-import. */
    replaceContent(id: number, source: NewSource): void {
      db.prepare(
        `UPDATE sources SET kind = @kind, text = @text, text_length = @textLength, page_offsets = @pageOffsets,
          content_hash = @contentHash, file_name = @fileName, mime = @mime, updated_at = @stamp,
          title = @title, author = coalesce(@author, author), outlet = coalesce(@outlet, outlet),
          published_at = coalesce(@publishedAt, published_at), url = coalesce(@url, url)
         WHERE id = @id`,
      ).run({
        ...source,
        id,
        stamp: now().toISOString(),
        textLength: source.text.length,
        pageOffsets: source.pageOffsets ? JSON.stringify(source.pageOffsets) : null,
      });
      const original = encodeOriginal(source.bytes);
      s.replaceFile.run(original.data, original.encoding, id);
    },
    summary(id: number): SourceSummary {
      const row = s.summary.get(id);
      if (!row) throw new ApiError('not_found', `There is no source with id ${id}.`);
      return toSummary(row);
    },
    get(id: number): Source {
      const summary = repo.summary(id);
      const full = s.full.get(id)!;
      return {
        ...summary,
        text: full.text,
        pageOffsets: full.page_offsets ? (JSON.parse(full.page_offsets) as number[]) : null,
      };
    },
    textOf(id: number): { text: string; pageOffsets: number[] | null } {
      const full = s.full.get(id);
      if (!full) throw new ApiError('not_found', `There is no source with id ${id}.`);
      return {
        text: full.text,
        pageOffsets: full.page_offsets ? (JSON.parse(full.page_offsets) as number[]) : null,
      };
    },
    original(id: number): Buffer | undefined {
      const row = s.original.get(id);
      return row && decodeOriginal(row.encoding, row.bytes);
    },
    snapshot(id: number): SourceSnapshot {
      const row = s.snapshot.get(id);
      if (!row) throw new ApiError('not_found', `There is no source with id ${id}.`);
      return {
        sourceId: id,
        title: row.title,
        author: row.author,
        outlet: row.outlet,
        publishedAt: row.published_at,
        url: row.url,
        marking: row.marking,
      };
    },
    list(limit: number, offset: number, tagFilter: readonly string[] = []): SourcePage {
      const params = tagFilter.flatMap((t) => {
        const n = normalizeTagName(t);
        return [n, `${likeEscape(n)}/%`];
      });
      const rows = listStatement(tagFilter.length).all(...params, limit, offset) as SummaryRow[];
      return {
        items: rows.map(toSummary),
        total: countStatement(tagFilter.length).get(...params) as number,
      };
    },
    update(
      id: number,
      fields: {
        title?: string;
        author?: string | null;
        outlet?: string | null;
        publishedAt?: string | null;
        url?: string | null;
        marking?: string | null;
      },
    ): void {
      const columns: Record<string, string> = {
        title: 'title',
        author: 'author',
        outlet: 'outlet',
        publishedAt: 'published_at',
        url: 'url',
        marking: 'marking',
      };
      const sets: string[] = [];
      const values: Record<string, unknown> = { id, stamp: now().toISOString() };
      for (const [key, column] of Object.entries(columns)) {
        const value = (fields as Record<string, unknown>)[key];
        if (value === undefined) continue;
        sets.push(`${column} = @${key}`);
        values[key] = typeof value === 'string' ? value.trim() || null : value;
      }
      if (sets.length === 0) return;
      const result = db
        .prepare(`UPDATE sources SET ${sets.join(', ')}, updated_at = @stamp WHERE id = @id`)
        .run(values);
      if (result.changes === 0)
        throw new ApiError('not_found', `There is no source with id ${id}.`);
    },
    delete(id: number): void {
      if (s.remove.run(id).changes === 0)
        throw new ApiError('not_found', `There is no source with id ${id}.`);
    },
    count(): number {
      return s.count.get() as number;
    },
  };
  return repo;
}

export type SourcesRepository = ReturnType<typeof createSourcesRepository>;
