import { describe, expect, it } from 'vitest';
import { editorState } from '../../../tests/exportNotes';
import { citingNote } from '../../../tests/integrityFixture';
import { useTempDirs } from '../../../tests/tempDir';

const tempDir = useTempDirs();

describe('integrity of a claim’s ICD 203 judgments and marking', () => {
  it('reports a changed confidence or marking, and verifies a version-1 claim box by its likelihood', async () => {
    const f = await citingNote(tempDir());
    try {
      const { lib } = f;
      await lib.call('claims.update', { id: f.claim.id, confidence: 'high', marking: 'amber' });
      const report = await lib.call('notes.verify', { id: f.note.id });
      const item = report.items.find((i) => i.key === `claim:${f.claim.id}`)!;
      expect(item.state).toBe('changed');
      expect(item.changes).toEqual(['confidence', 'marking']);

      // A note saved before likelihood and confidence were apart: its claim box kept the
      // likelihood in `confidence`, and the migrated claim has it as its likelihood.
      const old = await lib.call('claims.create', { text: 'Talks stall', likelihood: 'likely' });
      const note = lib.core.notes.create(
        'Old note',
        editorState([
          {
            type: 'bw-claim',
            version: 1,
            claimId: old.id,
            text: old.text,
            confidence: 'likely',
            evidence: [],
          },
        ]),
      );
      const oldReport = await lib.call('notes.verify', { id: note.id });
      expect(oldReport.items.map((i) => i.state)).toEqual(['verified']);
    } finally {
      f.lib.core.close();
    }
  });
});
