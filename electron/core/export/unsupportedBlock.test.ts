import { describe, expect, it } from 'vitest';
import type { JsonNode } from '../../../shared/citations/numbering';
import { TLP_SCHEME } from '../../../shared/markings';
import { exportOptionsSchema } from '../../../shared/api/export';
import { prepareNoteContent } from '../../../shared/note/noteContent';
import { noteToPdf } from './noteToPdf';

describe('an unsupported block in an export', () => {
  it('prints a placeholder and is listed as a warning', () => {
    const stored = JSON.stringify({
      root: {
        type: 'root',
        version: 1,
        children: [
          { type: 'image', version: 1, src: 'chart.png' },
          {
            type: 'paragraph',
            version: 1,
            children: [
              { type: 'text', version: 1, text: 'See ' },
              { type: 'mention', version: 1, name: 'Ana' },
            ],
          },
        ],
      },
    });
    // What the editor saves back after opening the note.
    const saved = JSON.parse(prepareNoteContent(stored).content) as { root: JsonNode };
    const { docDefinition, warnings } = noteToPdf({
      note: { title: 'T', root: saved.root },
      options: exportOptionsSchema.parse({}),
      banner: '',
      scheme: TLP_SCHEME,
      exportedAt: new Date('2026-01-02T10:00:00Z'),
      keywords: [],
      sourceEntries: new Map(),
    });
    expect(warnings).toEqual([
      'An unsupported block ("image") could not be printed; a placeholder stands in its place.',
      'An unsupported block ("mention") could not be printed; a placeholder stands in its place.',
    ]);
    const text = JSON.stringify(docDefinition.content);
    expect(text).toContain('[Unsupported block: image]');
    expect(text).toContain('[Unsupported block: mention]');
  });
});
