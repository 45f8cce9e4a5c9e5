import type { Database, Statement } from 'better-sqlite3';
import { ApiError } from '../../../shared/errors';
import type {
  Creator,
  Graded,
  Source,
  SourceKind,
  SourcePage,
  SourceSummary,
  SourceType,
  SourceVersion,
  SourceVersionText,
} from '../../../shared/model';
import { cleanSourceUrl } from '../../../shared/links';
import { authorLine, creatorsFromAuthorLine } from '../../../shared/source/creators';
import { sourceUrlProblem } from '../../../shared/source/sourceFields';
import { gradingOf, type GradingColumns } from './grading';
import type { SourceSnapshot } from '../../../shared/note/serializedNodes';
import { likeEscape, normalizeTagName } from './tagNames';
import type { TagsRepository } from './tagsRepository';
import { nextIdSql } from '../db/migrations/005_retired_ids';
import { decodeOriginal, encodeOriginal, type OriginalEncoding } from './originalFileCodec';
import { originalFileHash } from './originalFileHash';
import { createRowCounts } from './rowCounts';

/** What an importer produces, plus the file it came from. */
export interface NewSource {
  kind: SourceKind;
  title: string;
  /** The `author` line is derived from these. */
  creators: Creator[];
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
  language?: string | null;
  note?: string;
}

/** The normalized text of a source whose original is text too: its original is stored as edits of it. */
const textOriginal = (source: NewSource): string | undefined =>
  source.kind === 'text' || source.kind === 'markdown' ? source.text : undefined;

/** Details kept beside the source row (see migration 006). */
export interface SourceDetails {
  creators?: Creator[];
  sourceType?: SourceType | null;
  language?: string | null;
  note?: string;
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
  reliability: GradingColumns['reliability'];
  credibility: GradingColumns['credibility'];
  file_name: string;
  mime: string;
  text_length: number;
  tags: string | null;
  excerpt_count: number;
  creators: string | null;
  source_type: SourceType | null;
  language: string | null;
  note: string | null;
  version: number;
  version_at: string | null;
}

interface VersionRow {
  version: number;
  file_name: string;
  imported_at: string;
  replaced_at: string;
  text_length: number;
}

const toVersion = (row: VersionRow): SourceVersion => ({
  version: row.version,
  fileName: row.file_name,
  importedAt: row.imported_at,
  replacedAt: row.replaced_at,
  textLength: row.text_length,
});

const SUMMARY_COLUMNS = `s.id, s.kind, s.title, s.author, s.outlet, s.published_at, s.url, s.imported_at,
  s.marking, s.reliability, s.credibility, s.file_name, s.mime, s.text_length, s.version, s.version_at,
  (SELECT group_concat(name, char(31)) FROM (SELECT t.name FROM source_tags st JOIN tags t ON t.id = st.tag_id
    WHERE st.source_id = s.id ORDER BY t.name)) AS tags,
  (SELECT count(*) FROM excerpts e WHERE e.source_id = s.id) AS excerpt_count,
  (SELECT creators FROM source_details d WHERE d.source_id = s.id) AS creators,
  (SELECT source_type FROM source_details d WHERE d.source_id = s.id) AS source_type,
  (SELECT language FROM source_details d WHERE d.source_id = s.id) AS language,
  (SELECT note FROM source_details d WHERE d.source_id = s.id) AS note`;

const INSERT_COLUMNS = [
  'id',
  'kind',
  'title',
  'author',
  'outlet',
  'published_at',
  'url',
  'imported_at',
  'updated_at',
  'content_hash',
  'marking',
  'file_name',
  'mime',
  'text_length',
  'page_offsets',
  'text',
];

const MAX_ROWS_PER_INSERT = 500;

export const splitTags = (joined: string | null): string[] => (joined ? joined.split('\x1f') : []);

/** The address as stored (tracking parameters dropped), or a refusal saying why it is not one. */
function storableUrl(url: string): string {
  const clean = cleanSourceUrl(url);
  if (!clean) throw new ApiError('bad_request', sourceUrlProblem(url) ?? 'Not a web address.');
  return clean;
}

/** Structured creators when stored; otherwise read from the author line a library always had. */
const creatorsOf = (row: { creators: string | null; author: string | null }): Creator[] =>
  row.creators ? (JSON.parse(row.creators) as Creator[]) : creatorsFromAuthorLine(row.author);

const toSummary = (row: SummaryRow): SourceSummary => ({
  id: row.id,
  kind: row.kind,
  title: row.title,
  author: row.author,
  creators: creatorsOf(row),
  outlet: row.outlet,
  publishedAt: row.published_at,
  url: row.url,
  sourceType: row.source_type,
  language: row.language,
  note: row.note ?? '',
  importedAt: row.imported_at,
  marking: row.marking,
  ...gradingOf(row),
  tags: splitTags(row.tags),
  fileName: row.file_name,
  mime: row.mime,
  textLength: row.text_length,
  excerptCount: row.excerpt_count,
  version: row.version,
  versionImportedAt: row.version_at ?? row.imported_at,
});

export function createSourcesRepository(
  db: Database,
  tags: TagsRepository,
  now: () => Date = () => new Date(),
) {
  const s = {
    nextId: db.prepare<[], number>(`SELECT ${nextIdSql('sources')}`).pluck(),
    insertFile: db.prepare<[number, Buffer, OriginalEncoding, string]>(
      'INSERT INTO source_files (source_id, bytes, encoding, file_hash) VALUES (?, ?, ?, ?)',
    ),
    replaceFile: db.prepare<[Buffer, OriginalEncoding, string, number]>(
      'UPDATE source_files SET bytes = ?, encoding = ?, file_hash = ? WHERE source_id = ?',
    ),
    setFileHash: db.prepare<[string, number]>(
      'UPDATE source_files SET file_hash = ? WHERE source_id = ?',
    ),
    byHash: db.prepare<[string], { id: number; title: string }>(
      'SELECT id, title FROM sources WHERE content_hash = ?',
    ),
    byFileHash: db.prepare<[string], { id: number; title: string }>(
      `SELECT s.id, s.title FROM source_files f JOIN sources s ON s.id = f.source_id
       WHERE f.file_hash = ? ORDER BY f.source_id LIMIT 1`,
    ),
    summary: db.prepare<[number], SummaryRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM sources s WHERE s.id = ?`,
    ),
    full: db.prepare<[number], { text: string; page_offsets: string | null; version: number }>(
      'SELECT text, page_offsets, version FROM sources WHERE id = ?',
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
    remove: db.prepare<[number]>('DELETE FROM sources WHERE id = ?'),
    archiveCurrent: db.prepare<[string, number]>(
      `INSERT INTO source_versions (source_id, version, file_name, imported_at, replaced_at, page_offsets, text)
       SELECT id, version, file_name, coalesce(version_at, imported_at), ?, page_offsets, text
       FROM sources WHERE id = ?`,
    ),
    versions: db.prepare<[number], VersionRow>(
      `SELECT version, file_name, imported_at, replaced_at, length(text) AS text_length
       FROM source_versions WHERE source_id = ? ORDER BY version DESC`,
    ),
    versionText: db.prepare<
      [number, number],
      VersionRow & { text: string; page_offsets: string | null }
    >(
      `SELECT version, file_name, imported_at, replaced_at, length(text) AS text_length, page_offsets, text
       FROM source_versions WHERE source_id = ? AND version = ?`,
    ),
    original: db.prepare<[number], { bytes: Buffer; encoding: OriginalEncoding }>(
      'SELECT bytes, encoding FROM source_files WHERE source_id = ?',
    ),
    details: db.prepare<
      [number],
      {
        creators: string | null;
        source_type: SourceType | null;
        language: string | null;
        note: string;
      }
    >('SELECT creators, source_type, language, note FROM source_details WHERE source_id = ?'),
    writeDetails: db.prepare(
      `INSERT INTO source_details (source_id, creators, source_type, language, note)
       VALUES (@id, @creators, @sourceType, @language, @note)
       ON CONFLICT (source_id) DO UPDATE SET creators = excluded.creators,
         source_type = excluded.source_type, language = excluded.language, note = excluded.note`,
    ),
  };

  /** Merges `fields` into the stored details; the author line follows the creators. */
  const writeDetails = (id: number, fields: SourceDetails): void => {
    const current = s.details.get(id);
    const creators =
      fields.creators !== undefined
        ? fields.creators
        : current?.creators
          ? (JSON.parse(current.creators) as Creator[])
          : null;
    s.writeDetails.run({
      id,
      creators: creators ? JSON.stringify(creators) : null,
      sourceType:
        fields.sourceType !== undefined ? fields.sourceType : (current?.source_type ?? null),
      language: fields.language !== undefined ? fields.language : (current?.language ?? null),
      note: fields.note ?? current?.note ?? '',
    });
    if (fields.creators !== undefined)
      db.prepare('UPDATE sources SET author = ? WHERE id = ?').run(authorLine(fields.creators), id);
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

  const rowCount = createRowCounts(db);
  const insertStatements = new Map<number, Statement>();
  const insertRows = (count: number): Statement => {
    let statement = insertStatements.get(count);
    if (!statement) {
      const row = `(${INSERT_COLUMNS.map(() => '?').join(', ')})`;
      statement = db.prepare(
        `INSERT INTO sources (${INSERT_COLUMNS.join(', ')}) VALUES ${Array(count).fill(row).join(', ')}`,
      );
      insertStatements.set(count, statement);
    }
    return statement;
  };

  const repo = {
    findByHash(hash: string): { id: number; title: string } | undefined {
      return s.byHash.get(hash);
    },
    /** The source whose original file has exactly these bytes (see `originalFileHash`). */
    findByFileHash(hash: string): { id: number; title: string } | undefined {
      return s.byFileHash.get(hash);
    },
    /**
     * Hashes a source's stored original where its hash is missing (a file put back from the
     * trash as it was stored before migration 014). One that cannot be rebuilt stays without.
     */
    fillFileHash(id: number): void {
      let original: Buffer | undefined;
      try {
        original = repo.original(id);
      } catch {
        return;
      }
      if (original) s.setFileHash.run(originalFileHash(original), id);
    },
    /** Inserts a source with its file and tags. Call inside a transaction. */
    insert(source: NewSource, tagNames: readonly string[]): number {
      return repo.insertMany([{ source, tagNames }])[0]!;
    },
    /**
     * Inserts sources with their files and tags; their ids, in order. Call inside a transaction.
     * The rows go in with one statement: SQLite opens a statement savepoint for every write that
     * fires triggers, and FTS5 writes its pending index out at each one, so a statement per
     * source would make each source's words a separate index segment to merge later.
     */
    insertMany(batch: readonly { source: NewSource; tagNames: readonly string[] }[]): number[] {
      if (!batch.length) return [];
      // Within SQLite's limit of bound values per statement.
      if (batch.length > MAX_ROWS_PER_INSERT)
        return [
          ...repo.insertMany(batch.slice(0, MAX_ROWS_PER_INSERT)),
          ...repo.insertMany(batch.slice(MAX_ROWS_PER_INSERT)),
        ];
      const stamp = now().toISOString();
      const first = s.nextId.get() as number;
      const ids = batch.map((_, i) => first + i);
      const values = batch.flatMap(({ source }, i) => [
        ids[i],
        source.kind,
        source.title,
        authorLine(source.creators),
        source.outlet,
        source.publishedAt,
        source.url ? storableUrl(source.url) : null,
        stamp,
        stamp,
        source.contentHash,
        source.marking,
        source.fileName,
        source.mime,
        source.text.length,
        source.pageOffsets ? JSON.stringify(source.pageOffsets) : null,
        source.text,
      ]);
      insertRows(batch.length).run(...values);
      batch.forEach(({ source, tagNames }, i) => {
        const id = ids[i]!;
        const original = encodeOriginal(source.bytes, textOriginal(source));
        s.insertFile.run(id, original.data, original.encoding, originalFileHash(source.bytes));
        tags.setFor('source', id, tagNames);
        if (source.creators.length || source.language || source.note)
          writeDetails(id, {
            creators: source.creators,
            language: source.language ?? null,
            note: source.note ?? '',
          });
      });
      return ids;
    },
    /**
     * Replaces the text (and file, and hash) of a source after re-import; the text it replaces is
     * kept as an earlier version. Call inside a transaction. Returns the new version number.
     */
    replaceContent(id: number, source: NewSource): number {
      const stamp = now().toISOString();
      s.archiveCurrent.run(stamp, id);
      db.prepare(
        `UPDATE sources SET kind = @kind, text = @text, text_length = @textLength, page_offsets = @pageOffsets,
          version = version + 1, version_at = @stamp,
          content_hash = @contentHash, file_name = @fileName, mime = @mime, updated_at = @stamp,
          title = @title, author = coalesce(@author, author), outlet = coalesce(@outlet, outlet),
          published_at = coalesce(@publishedAt, published_at), url = coalesce(@url, url)
         WHERE id = @id`,
      ).run({
        ...source,
        author: authorLine(source.creators),
        id,
        stamp,
        textLength: source.text.length,
        pageOffsets: source.pageOffsets ? JSON.stringify(source.pageOffsets) : null,
      });
      const original = encodeOriginal(source.bytes, textOriginal(source));
      s.replaceFile.run(original.data, original.encoding, originalFileHash(source.bytes), id);
      if (source.creators.length) writeDetails(id, { creators: source.creators });
      return repo.summary(id).version;
    },
    /** Earlier texts of a source, newest first (the current one is not among them). */
    versions(id: number): SourceVersion[] {
      repo.summary(id);
      return s.versions.all(id).map(toVersion);
    },
    /** The text of an earlier version, or of the current one when `version` is current. */
    versionText(id: number, version: number): SourceVersionText {
      const current = repo.get(id);
      if (version === current.version)
        return {
          version,
          fileName: current.fileName,
          importedAt: current.versionImportedAt,
          replacedAt: '',
          textLength: current.textLength,
          text: current.text,
        };
      const row = s.versionText.get(id, version);
      if (!row) throw new ApiError('not_found', `Source ${id} has no version ${version}.`);
      return { ...toVersion(row), textLength: row.text.length, text: row.text };
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
    textOf(id: number): { text: string; pageOffsets: number[] | null; version: number } {
      const full = s.full.get(id);
      if (!full) throw new ApiError('not_found', `There is no source with id ${id}.`);
      return {
        text: full.text,
        pageOffsets: full.page_offsets ? (JSON.parse(full.page_offsets) as number[]) : null,
        version: full.version,
      };
    },
    original(id: number): Buffer | undefined {
      const row = s.original.get(id);
      return row && decodeOriginal(row.encoding, row.bytes, () => repo.textOf(id).text);
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
        total: tagFilter.length
          ? (countStatement(tagFilter.length).get(...params) as number)
          : rowCount('sources'),
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
      } & SourceDetails &
        Partial<Graded>,
    ): void {
      const columns: Record<string, string> = {
        title: 'title',
        outlet: 'outlet',
        publishedAt: 'published_at',
        url: 'url',
        marking: 'marking',
        reliability: 'reliability',
        credibility: 'credibility',
      };
      const sets: string[] = [];
      const values: Record<string, unknown> = { id, stamp: now().toISOString() };
      for (const [key, column] of Object.entries(columns)) {
        const value = (fields as Record<string, unknown>)[key];
        if (value === undefined) continue;
        sets.push(`${column} = @${key}`);
        values[key] = typeof value === 'string' ? value.trim() || null : value;
      }
      if (typeof values.url === 'string') values.url = storableUrl(values.url);
      const result = db
        .prepare(`UPDATE sources SET ${[...sets, 'updated_at = @stamp'].join(', ')} WHERE id = @id`)
        .run(values);
      if (result.changes === 0)
        throw new ApiError('not_found', `There is no source with id ${id}.`);
      const { sourceType, language, note } = fields;
      const creators =
        fields.creators ??
        (fields.author !== undefined ? creatorsFromAuthorLine(fields.author) : undefined);
      if ([creators, sourceType, language, note].some((v) => v !== undefined))
        writeDetails(id, { creators, sourceType, language, note });
    },
    delete(id: number): void {
      if (s.remove.run(id).changes === 0)
        throw new ApiError('not_found', `There is no source with id ${id}.`);
    },
    count(): number {
      return rowCount('sources');
    },
  };
  return repo;
}

export type SourcesRepository = ReturnType<typeof createSourcesRepository>;
