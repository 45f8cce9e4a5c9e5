import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledStyleXml } from '../electron/core/export/citationStyles';
import { defaultResourcesDir } from '../electron/core/export/resources';
import type { ExportResult } from '../shared/model/export';
import { editorState, paragraph, text } from './exportNotes';
import { openTestLibrary } from './library';
import { pdfText } from './pdfText';
import { useTempDirs } from './tempDir';

const tempDir = useTempDirs();

describe('citation styles in the library', () => {
  it('lists the six bundled styles, keeps a valid .csl file, refuses a broken one', async () => {
    const lib = openTestLibrary(tempDir());
    try {
      const styles = await lib.call('citations.styles', {});
      expect(styles.map((s) => s.id)).toEqual([
        'chicago',
        'chicago-author-date',
        'apa',
        'harvard',
        'ieee',
        'vancouver',
      ]);
      expect(styles.find((s) => s.id === 'chicago')?.kind).toBe('note');

      const broken = await lib.fail('citations.addStyle', { xml: '<style>nope</style>' });
      expect(broken.code).toBe('bad_request');
      expect(broken.message).toContain('not a CSL style');
      const apa = bundledStyleXml(defaultResourcesDir(), 'apa').style;
      const noLayout = await lib.fail('citations.addStyle', {
        xml: apa.replace(/<citation\b[\s\S]*<\/citation>/, ''),
      });
      expect(noLayout.message).toContain('no <citation>');

      const house = apa.replace(/<title>[^<]*<\/title>/, '<title>House style</title>');
      const added = await lib.call('citations.addStyle', { xml: house });
      expect(added).toMatchObject({ id: 'user-1', title: 'House style', user: true });
      expect((await lib.call('citations.styles', {})).at(-1)).toMatchObject({ id: 'user-1' });

      // A note remembers the style chosen for it.
      const note = await lib.call('notes.create', { title: 'n' });
      expect((await lib.call('citations.noteStyle', { noteId: note.id })).style).toBe('chicago');
      const chosen = await lib.call('citations.setNoteStyle', { noteId: note.id, style: 'user-1' });
      expect(chosen.xml.style).toContain('House style');
      expect((await lib.call('citations.noteStyle', { noteId: note.id })).style).toBe('user-1');
      const missing = await lib.fail('citations.setNoteStyle', {
        noteId: note.id,
        style: 'user-9',
      });
      expect(missing.code).toBe('not_found');
    } finally {
      lib.core.close();
    }
  });

  it('an organisation from the library prints as named, never inverted', async () => {
    const dir = tempDir();
    const lib = openTestLibrary(dir, { sample: true });
    try {
      const id = lib.core.db
        .prepare<[], number>("SELECT id FROM excerpts WHERE quote LIKE '%night crossings%'")
        .pluck()
        .get();
      const excerpt = await lib.call('excerpts.get', { id: id! });
      expect(excerpt.source.creators).toEqual([{ literal: 'Harbour Authority of Vessmark' }]);
      const note = await lib.call('notes.create', {
        title: 'Terminal',
        content: editorState([
          paragraph(text('Night freight resumes.'), {
            type: 'bw-citation',
            version: 1,
            excerptId: excerpt.id,
            quote: excerpt.quote,
            locator: excerpt.locator,
            marking: null,
            source: excerpt.source,
          }),
        ]),
      });
      const result = (await lib.call('export.pdf', {
        noteId: note.id,
        options: { style: 'apa', acknowledged: [] },
      })) as ExportResult;
      if (result.kind !== 'download') throw new Error('expected a download');
      const path = join(dir, 'out.pdf');
      writeFileSync(path, Buffer.from(result.base64, 'base64'));
      const printed = pdfText(path).replace(/\s+/g, ' ');
      expect(printed).toContain(
        'Night freight resumes. (Harbour Authority of Vessmark, 2026, para. 2)',
      );
      expect(printed).toContain('Harbour Authority of Vessmark. (2026, March 11).');
      expect(printed).not.toContain('Vessmark, H');
    } finally {
      lib.core.close();
    }
  });
});
