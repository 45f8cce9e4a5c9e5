import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../tests/tempDir';
import { openCore } from '../context';
import { createExportLog } from './exportLog';

const tempDir = useTempDirs();

describe('export log (migration 4)', () => {
  it('records exports newest first, through the note index, and goes with its note', () => {
    const core = openCore({ dataDir: tempDir() });
    try {
      let clock = Date.parse('2026-01-01T00:00:00Z');
      const log = createExportLog(core.db, () => new Date((clock += 1000)));
      const note = core.notes.create('Logged');
      const revision = core.notes.recordRevision(note.id, 'export');
      const base = {
        noteId: note.id,
        citedMarking: 'TLP:AMBER',
        paper: 'A4' as const,
        style: 'apa' as const,
        pages: 3,
      };
      log.add({ ...base, revisionId: revision.id, banner: 'TLP:AMBER', markingLowered: false });
      log.add({ ...base, revisionId: null, banner: '', markingLowered: true });
      expect(log.forNote(note.id).map((r) => [r.banner, r.markingLowered])).toEqual([
        ['', true],
        ['TLP:AMBER', false],
      ]);
      const plan = core.db
        .prepare(
          'EXPLAIN QUERY PLAN SELECT * FROM note_exports WHERE note_id = ? ORDER BY created_at DESC, id DESC',
        )
        .all(note.id) as { detail: string }[];
      expect(plan.map((p) => p.detail).join(' ')).toContain('note_exports_note');
      core.db.prepare('DELETE FROM notes WHERE id = ?').run(note.id);
      expect(log.forNote(note.id)).toEqual([]);
    } finally {
      core.close();
    }
  });
});
