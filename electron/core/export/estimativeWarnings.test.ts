import { describe, expect, it } from 'vitest';
import { exportOptionsSchema } from '../../../shared/api/export';
import { editorState, heading, paragraph, text } from '../../../tests/exportNotes';
import { openTestLibrary } from '../../../tests/library';
import { useTempDirs } from '../../../tests/tempDir';
import { planExport } from './exportNote';

const tempDir = useTempDirs();

describe('export and the estimative-language check', () => {
  it('lists the open flags as warnings, each with its sentence', () => {
    const lib = openTestLibrary(tempDir());
    try {
      const note = lib.core.notes.create(
        'Outlook',
        editorState([
          heading('h2', 'Key judgments'),
          paragraph(text('The ferry might resume. Insurers will return.')),
          heading('h2', 'Discussion'),
          paragraph(text('Talks will probably stall.')),
        ]),
      );
      const plan = planExport(lib.core, note.id, exportOptionsSchema.parse({}));
      expect(plan.warnings).toEqual([
        'Estimative language: “The ferry might resume.” — “might” is a vague hedge in a key judgment: say how likely, with an ICD 203 term.',
        'Estimative language: “Talks will probably stall.” — “probably” is not an ICD 203 likelihood term: use “likely” (55–80%).',
      ]);
      const clean = lib.core.notes.create(
        'Clean',
        editorState([paragraph(text('Talks will likely stall.'))]),
      );
      expect(planExport(lib.core, clean.id, exportOptionsSchema.parse({})).warnings).toEqual([]);
    } finally {
      lib.core.close();
    }
  });
});
