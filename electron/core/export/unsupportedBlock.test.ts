import { describe, expect, it } from 'vitest';
import type { JsonNode } from '../../../shared/citations/numbering';
import { TLP_SCHEME } from '../../../shared/markings';
import { exportOptionsSchema } from '../../../shared/api/export';
import { prepareNoteContent } from '../../../shared/note/noteContent';
import { formatCitations } from '../../../shared/citations/cslEngine';
import { buildBrief } from './brief/buildBrief';
import { bundledStyleXml } from './citationStyles';
import { briefToPdf } from './pdf/briefToPdf';
import { defaultResourcesDir } from './resources';

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
    const options = { ...exportOptionsSchema.parse({}), style: 'ieee' };
    const brief = buildBrief({
      title: 'T',
      root: saved.root,
      author: '',
      exportedAt: new Date('2026-01-02T10:00:00Z'),
      banner: '',
      scheme: TLP_SCHEME,
      portionMarks: false,
      evidenceAnnex: false,
    });
    const formatted = formatCitations(
      bundledStyleXml(defaultResourcesDir(), 'ieee'),
      brief.clusters,
    );
    const { docDefinition } = briefToPdf({
      brief,
      options,
      citations: { formatted, placement: 'footnotes' },
      keywords: [],
      footnotes: null,
    });
    expect(brief.warnings).toEqual([
      'An unsupported block ("image") could not be printed; a placeholder stands in its place.',
      'An unsupported block ("mention") could not be printed; a placeholder stands in its place.',
    ]);
    const text = JSON.stringify(docDefinition.content);
    expect(text).toContain('[Unsupported block: image]');
    expect(text).toContain('[Unsupported block: mention]');
  });
});
