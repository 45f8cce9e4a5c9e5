import type { Database } from 'better-sqlite3';
import { ApiError } from '../../../shared/errors';
import type { Note, NoteSaveResult, NoteSummary } from '../../../shared/model';
import type {
  NoteRevision,
  NoteRevisionSummary,
  NoteTemplate,
  RevisionReason,
} from '../../../shared/model/notes';
import { citationRefsOfContent } from '../../../shared/note/citationRefs';
import { templateContent } from '../../../shared/note/templates';
import { notePlainText } from './plainText';
import { writeTransaction } from '../db/writeTransaction';

interface NoteRow {
  id: number;
  title: string;
  content: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  revision: number;
}

interface RevisionRow {
  id: number;
  note_id: number;
  title: string;
  content: string;
  reason: RevisionReason;
  created_at: string;
  conflict: 0 | 1;
}

/** An empty Lexical document: one empty paragraph. */
export const EMPTY_EDITOR_STATE = templateContent('blank');

/** Saving snapshots a revision when the newest one is older than this (editing history). */
export const REVISION_INTERVAL_MS = 5 * 60 * 1000;

const COLUMNS = 'id, title, content, created_at, updated_at, deleted_at, revision';
const SUMMARY_COLUMNS = `id, title, '' AS content, created_at, updated_at, deleted_at, revision`;

const toSummary = (row: NoteRow): NoteSummary => ({
  id: row.id,
  title: row.title,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  deletedAt: row.deleted_at,
  revision: row.revision,
});

const toNote = (row: NoteRow): Note => ({ ...toSummary(row), content: row.content });

const toRevisionSummary = (row: RevisionRow): NoteRevisionSummary => ({
  id: row.id,
  noteId: row.note_id,
  title: row.title,
  reason: row.reason,
  createdAt: row.created_at,
  keptFromConflict: row.conflict === 1,
});

export interface UsageQuery {
  excerptId?: number;
  claimId?: number;
  sourceId?: number;
}

export function createNotesRepository(db: Database, now: () => Date = () => new Date()) {
  const statements = {
    list: db.prepare<[], NoteRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM notes WHERE deleted_at IS NULL
       ORDER BY updated_at DESC, id DESC`,
    ),
    listTrashed: db.prepare<[], NoteRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM notes WHERE deleted_at IS NOT NULL
       ORDER BY deleted_at DESC, id DESC`,
    ),
    get: db.prepare<[number], NoteRow>(`SELECT ${COLUMNS} FROM notes WHERE id = ?`),
    insert: db.prepare<[string, string, string, string, string], NoteRow>(
      `INSERT INTO notes (title, content, plain_text, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
       RETURNING ${COLUMNS}`,
    ),
    update: db.prepare<[string, string, string, string, number], NoteRow>(
      `UPDATE notes SET title = ?, content = ?, plain_text = ?, updated_at = ?,
       revision = revision + 1 WHERE id = ? RETURNING ${COLUMNS}`,
    ),
    rename: db.prepare<[string, string, number], NoteRow>(
      `UPDATE notes SET title = ?, updated_at = ? WHERE id = ? RETURNING ${COLUMNS}`,
    ),
    setDeleted: db.prepare<[string | null, number], NoteRow>(
      `UPDATE notes SET deleted_at = ? WHERE id = ? RETURNING ${COLUMNS}`,
    ),
    count: db.prepare<[], { n: number }>(
      'SELECT count(*) AS n FROM notes WHERE deleted_at IS NULL',
    ),
    clearCitations: db.prepare<[number]>('DELETE FROM note_citations WHERE note_id = ?'),
    addCitation: db.prepare<[number, number | null, number | null, number | null]>(
      'INSERT INTO note_citations (note_id, excerpt_id, claim_id, source_id) VALUES (?, ?, ?, ?)',
    ),
    usageByExcerpt: db.prepare<[number], NoteRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM notes WHERE deleted_at IS NULL AND id IN
       (SELECT note_id FROM note_citations WHERE excerpt_id = ?) ORDER BY updated_at DESC`,
    ),
    usageByClaim: db.prepare<[number], NoteRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM notes WHERE deleted_at IS NULL AND id IN
       (SELECT note_id FROM note_citations WHERE claim_id = ?) ORDER BY updated_at DESC`,
    ),
    usageBySource: db.prepare<[number], NoteRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM notes WHERE deleted_at IS NULL AND id IN
       (SELECT note_id FROM note_citations WHERE source_id = ?) ORDER BY updated_at DESC`,
    ),
    addRevision: db.prepare<[number, string, string, RevisionReason, string, 0 | 1], RevisionRow>(
      `INSERT INTO note_revisions (note_id, title, content, reason, created_at, conflict)
       VALUES (?, ?, ?, ?, ?, ?) RETURNING *`,
    ),
    lastRevision: db.prepare<[number], RevisionRow>(
      `SELECT * FROM note_revisions WHERE note_id = ? ORDER BY created_at DESC, id DESC LIMIT 1`,
    ),
    revisions: db.prepare<[number], RevisionRow>(
      `SELECT id, note_id, title, '' AS content, reason, created_at, conflict FROM note_revisions
       WHERE note_id = ? ORDER BY created_at DESC, id DESC`,
    ),
    revision: db.prepare<[number], RevisionRow>('SELECT * FROM note_revisions WHERE id = ?'),
  };

  const getRow = (id: number): NoteRow => {
    const row = statements.get.get(id);
    if (!row) throw new ApiError('not_found', `There is no note with id ${id}.`);
    return row;
  };

  const rebuildCitations = (id: number, content: string) => {
    statements.clearCitations.run(id);
    const seen = new Set<string>();
    for (const ref of citationRefsOfContent(content)) {
      const key = `${ref.excerptId}:${ref.claimId}:${ref.sourceId}`;
      if (seen.has(key)) continue;
      seen.add(key);
      statements.addCitation.run(id, ref.excerptId, ref.claimId, ref.sourceId);
    }
  };

  const snapshot = (row: NoteRow, reason: RevisionReason, conflict = false): NoteRevisionSummary =>
    toRevisionSummary(
      statements.addRevision.get(
        row.id,
        row.title,
        row.content,
        reason,
        now().toISOString(),
        conflict ? 1 : 0,
      )!,
    );

  const insert = writeTransaction(db, (title: string, content: string): Note => {
    const stamp = now().toISOString();
    const row = statements.insert.get(title, content, notePlainText(content), stamp, stamp)!;
    rebuildCitations(row.id, content);
    return toNote(row);
  });

  const save = writeTransaction(
    db,
    (id: number, title: string, content: string, baseRevision?: number): NoteSaveResult => {
      const before = getRow(id);
      if (before.content === content && before.title === title) return toSummary(before);
      // Someone else saved since this content's base: keep theirs as a revision, never drop it.
      let keptOther: NoteRevisionSummary | undefined;
      if (baseRevision !== undefined && before.revision > baseRevision)
        keptOther = snapshot(before, 'edit', true);
      // Keep the state being replaced when the last snapshot is old: history of editing sessions.
      const last = statements.lastRevision.get(id);
      if (
        !keptOther &&
        (!last || now().getTime() - Date.parse(last.created_at) >= REVISION_INTERVAL_MS)
      )
        snapshot(before, 'edit');
      const row = statements.update.get(
        title,
        content,
        notePlainText(content),
        now().toISOString(),
        id,
      )!;
      rebuildCitations(id, content);
      return keptOther ? { ...toSummary(row), keptOther } : toSummary(row);
    },
  );

  const restoreRevision = writeTransaction(db, (revisionId: number): Note => {
    const revision = statements.revision.get(revisionId);
    if (!revision) throw new ApiError('not_found', `There is no revision with id ${revisionId}.`);
    snapshot(getRow(revision.note_id), 'restore');
    const row = statements.update.get(
      revision.title,
      revision.content,
      notePlainText(revision.content),
      now().toISOString(),
      revision.note_id,
    )!;
    rebuildCitations(row.id, row.content);
    return toNote(row);
  });

  return {
    list(trashed = false): NoteSummary[] {
      return (trashed ? statements.listTrashed : statements.list).all().map(toSummary);
    },
    get(id: number): Note {
      return toNote(getRow(id));
    },
    create(title = 'Untitled briefing', content?: string, template: NoteTemplate = 'blank'): Note {
      return insert(title, content ?? templateContent(template));
    },
    save(id: number, title: string, content: string, baseRevision?: number): NoteSaveResult {
      return save(id, title, content, baseRevision);
    },
    rename(id: number, title: string): NoteSummary {
      getRow(id);
      return toSummary(statements.rename.get(title, now().toISOString(), id)!);
    },
    duplicate(id: number): Note {
      const source = getRow(id);
      return insert(`${source.title} (copy)`, source.content);
    },
    trash(id: number): NoteSummary {
      getRow(id);
      return toSummary(statements.setDeleted.get(now().toISOString(), id)!);
    },
    restore(id: number): NoteSummary {
      getRow(id);
      return toSummary(statements.setDeleted.get(null, id)!);
    },
    recordRevision(id: number, reason: RevisionReason = 'manual'): NoteRevisionSummary {
      return snapshot(getRow(id), reason);
    },
    revisions(id: number): NoteRevisionSummary[] {
      getRow(id);
      return statements.revisions.all(id).map(toRevisionSummary);
    },
    revision(revisionId: number): NoteRevision {
      const row = statements.revision.get(revisionId);
      if (!row) throw new ApiError('not_found', `There is no revision with id ${revisionId}.`);
      return { ...toRevisionSummary(row), content: row.content };
    },
    restoreRevision(revisionId: number): Note {
      return restoreRevision(revisionId);
    },
    usage(query: UsageQuery): NoteSummary[] {
      if (query.excerptId !== undefined)
        return statements.usageByExcerpt.all(query.excerptId).map(toSummary);
      if (query.claimId !== undefined)
        return statements.usageByClaim.all(query.claimId).map(toSummary);
      if (query.sourceId !== undefined)
        return statements.usageBySource.all(query.sourceId).map(toSummary);
      return [];
    },
    count(): number {
      return statements.count.get()!.n;
    },
  };
}

export type NotesRepository = ReturnType<typeof createNotesRepository>;
