import type { Database } from 'better-sqlite3';
import type {
  CitationStyle,
  ExportIntegrity,
  ExportRecord,
  PaperSize,
} from '../../../shared/model/export';

interface ExportRow {
  id: number;
  note_id: number;
  revision_id: number | null;
  banner: string;
  cited_marking: string | null;
  marking_lowered: 0 | 1;
  paper: PaperSize;
  style: CitationStyle;
  pages: number;
  created_at: string;
  integrity: string | null;
}

function readIntegrity(json: string | null): ExportIntegrity | null {
  if (!json) return null;
  try {
    return JSON.parse(json) as ExportIntegrity;
  } catch {
    return null;
  }
}

const toRecord = (row: ExportRow): ExportRecord => ({
  id: row.id,
  noteId: row.note_id,
  revisionId: row.revision_id,
  banner: row.banner,
  citedMarking: row.cited_marking,
  markingLowered: row.marking_lowered === 1,
  paper: row.paper,
  style: row.style,
  pages: row.pages,
  createdAt: row.created_at,
  integrity: readIntegrity(row.integrity),
});

export type NewExportRecord = Omit<ExportRecord, 'id' | 'createdAt' | 'integrity'> & {
  integrity?: ExportIntegrity | null;
};

/** The `note_exports` table: one row per PDF export. */
export function createExportLog(db: Database, now: () => Date = () => new Date()) {
  const insert = db.prepare<
    [
      number,
      number | null,
      string,
      string | null,
      number,
      string,
      string,
      number,
      string,
      string | null,
    ],
    ExportRow
  >(
    `INSERT INTO note_exports
       (note_id, revision_id, banner, cited_marking, marking_lowered, paper, style, pages, created_at,
        integrity)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING *`,
  );
  const forNote = db.prepare<[number], ExportRow>(
    'SELECT * FROM note_exports WHERE note_id = ? ORDER BY created_at DESC, id DESC',
  );
  return {
    add(record: NewExportRecord): ExportRecord {
      return toRecord(
        insert.get(
          record.noteId,
          record.revisionId,
          record.banner,
          record.citedMarking,
          record.markingLowered ? 1 : 0,
          record.paper,
          record.style,
          record.pages,
          now().toISOString(),
          record.integrity ? JSON.stringify(record.integrity) : null,
        )!,
      );
    },
    forNote(noteId: number): ExportRecord[] {
      return forNote.all(noteId).map(toRecord);
    },
  };
}

export type ExportLog = ReturnType<typeof createExportLog>;
