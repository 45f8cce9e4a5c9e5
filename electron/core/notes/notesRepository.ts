import type { Database } from 'better-sqlite3';
import { ApiError } from '../../../shared/errors';
import type { Note, NoteSummary } from '../../../shared/model';
import { notePlainText } from './plainText';

interface NoteRow {
  id: number;
  title: string;
  content: string;
  created_at: string;
  updated_at: string;
}

/** An empty Lexical document: one empty paragraph. */
export const EMPTY_EDITOR_STATE = JSON.stringify({
  root: {
    type: 'root',
    version: 1,
    format: '',
    indent: 0,
    direction: null,
    children: [
      {
        type: 'paragraph',
        version: 1,
        format: '',
        indent: 0,
        direction: null,
        textFormat: 0,
        textStyle: '',
        children: [],
      },
    ],
  },
});

const toSummary = (row: NoteRow): NoteSummary => ({
  id: row.id,
  title: row.title,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const toNote = (row: NoteRow): Note => ({ ...toSummary(row), content: row.content });

export function createNotesRepository(db: Database, now: () => Date = () => new Date()) {
  const statements = {
    list: db.prepare<[], NoteRow>(
      'SELECT id, title, content, created_at, updated_at FROM notes ORDER BY updated_at DESC, id DESC',
    ),
    get: db.prepare<[number], NoteRow>(
      'SELECT id, title, content, created_at, updated_at FROM notes WHERE id = ?',
    ),
    insert: db.prepare<[string, string, string, string, string], NoteRow>(
      `INSERT INTO notes (title, content, plain_text, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
       RETURNING id, title, content, created_at, updated_at`,
    ),
    update: db.prepare<[string, string, string, string, number], NoteRow>(
      `UPDATE notes SET title = ?, content = ?, plain_text = ?, updated_at = ? WHERE id = ?
       RETURNING id, title, content, created_at, updated_at`,
    ),
    count: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM notes'),
  };

  return {
    list(): NoteSummary[] {
      return statements.list.all().map(toSummary);
    },
    get(id: number): Note {
      const row = statements.get.get(id);
      if (!row) throw new ApiError('not_found', `There is no note with id ${id}.`);
      return toNote(row);
    },
    create(title = 'Untitled briefing', content = EMPTY_EDITOR_STATE): Note {
      const stamp = now().toISOString();
      return toNote(statements.insert.get(title, content, notePlainText(content), stamp, stamp)!);
    },
    save(id: number, title: string, content: string): NoteSummary {
      const row = statements.update.get(
        title,
        content,
        notePlainText(content),
        now().toISOString(),
        id,
      );
      if (!row) throw new ApiError('not_found', `There is no note with id ${id}.`);
      return toSummary(row);
    },
    count(): number {
      return statements.count.get()!.n;
    },
  };
}

export type NotesRepository = ReturnType<typeof createNotesRepository>;
