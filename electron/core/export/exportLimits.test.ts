import { bundledStyleXml } from './citationStyles';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/errors';
import { citationRefs } from '../../../shared/note/citationRefs';
import { editorState, paragraph, text } from '../../../tests/exportNotes';
import { openTestLibrary } from '../../../tests/library';
import { useTempDirs } from '../../../tests/tempDir';
import { notePlainText } from '../notes/plainText';
import type { PdfJob } from './pdf/buildPdf';
import { markingsUnder } from './markingRollUp';
import { defaultResourcesDir } from './resources';
import { ExportCancelled, runPdfJob } from './runPdfJob';

const tempDir = useTempDirs();

const options = {
  paper: 'A4' as const,
  marking: null,
  confirmLowerMarking: false,
  toc: false,
  sourcesList: true,
  style: 'chicago' as const,
  notes: 'footnotes' as const,
  portionMarks: false,
  evidenceAnnex: false,
  author: 'W',
};

const job = (content: string): PdfJob => ({
  title: 'Limits',
  content,
  options,
  banner: '',
  exportedAt: new Date().toISOString(),
  keywords: [],
  schemeId: 'tlp',
  resourcesDir: defaultResourcesDir(),
  csl: bundledStyleXml(defaultResourcesDir(), 'ieee'),
});

/** A note long enough to keep the worker busy for several seconds. */
const longNote = () =>
  editorState(
    Array.from({ length: 4_000 }, (_, i) =>
      paragraph(
        text(`Paragraph ${i}: the convoy crossed the river at dawn under cover. `.repeat(6)),
      ),
    ),
  );

/**
 * A note holding a list nested `depth` levels deep, as the editor saves one. Built as text:
 * JSON.stringify itself overflows the stack on such a tree.
 */
function deepListNote(depth: number): string {
  const list = '{"type":"list","listType":"bullet","start":1,"tag":"ul","version":1,"children":[';
  const item = '{"type":"listitem","value":1,"version":1,"children":[';
  const bottom = `${item}${JSON.stringify(text('the bottom'))}]}`;
  const open = (list + item).repeat(depth);
  const close = ']}]}'.repeat(depth);
  return `{"root":{"type":"root","version":1,"children":[${list}${open}${bottom}${close}]}]}}`;
}

describe('export limits', () => {
  it('Cancel stops a running export at once', async () => {
    const abort = new AbortController();
    const started = Date.now();
    const running = runPdfJob(job(longNote()), { signal: abort.signal });
    setTimeout(() => abort.abort(), 500);
    await expect(running).rejects.toBeInstanceOf(ExportCancelled);
    expect(Date.now() - started).toBeLessThan(2_000);
    // The next export runs on a fresh worker.
    const next = await runPdfJob(job(editorState([paragraph(text('After cancel.'))])));
    expect(next.pages).toBe(1);
  }, 30_000);

  it('an export past its time limit is stopped with a clear message', async () => {
    const started = Date.now();
    const error = await runPdfJob(job(longNote()), { limits: { timeLimitMs: 1_000 } }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toMatch(/^The export took longer than 1 s and was stopped/);
    expect(Date.now() - started).toBeLessThan(3_000);
  }, 30_000);

  it('export.cancel through the API makes export.pdf answer cancelled', async () => {
    const lib = openTestLibrary(tempDir());
    try {
      const note = lib.core.notes.create('Long', longNote());
      const exporting = lib.call('export.pdf', { noteId: note.id, options });
      await new Promise((r) => setTimeout(r, 800));
      expect(await lib.call('export.progress', { noteId: note.id })).toMatchObject({
        active: true,
      });
      expect(await lib.call('export.cancel', { noteId: note.id })).toEqual({ cancelled: true });
      expect(await exporting).toEqual({ kind: 'cancelled' });
      expect(await lib.call('export.cancel', { noteId: note.id })).toEqual({ cancelled: false });
      expect(await lib.call('export.history', { noteId: note.id })).toEqual([]);
    } finally {
      lib.core.close();
    }
  }, 30_000);

  it('a 3,000-deep list gives a clear error, never a stack overflow', async () => {
    const content = deepListNote(3_000);
    const root = (JSON.parse(content) as { root: { type: string } }).root;
    expect(markingsUnder(root)).toEqual([]);
    expect(citationRefs(root)).toEqual([]);
    expect(notePlainText(content)).toBe('the bottom');
    const lib = openTestLibrary(tempDir());
    try {
      const note = lib.core.notes.create('Deep', content);
      const defaults = await lib.fail('export.defaults', { noteId: note.id });
      const error = await lib.fail('export.pdf', { noteId: note.id, options });
      for (const e of [defaults, error]) {
        expect(e).toEqual({
          code: 'bad_request',
          message:
            'The note is nested too deeply to print (more than 200 levels, such as lists inside lists). Flatten the deepest part and export again.',
        });
      }
      // Ninety nested lists (180 levels) still print.
      const fifty = lib.core.notes.create('Ninety', deepListNote(90));
      const result = await lib.call('export.pdf', { noteId: fifty.id, options });
      expect(result).toMatchObject({ kind: 'download', pages: expect.any(Number) });
    } finally {
      lib.core.close();
    }
  }, 30_000);
});
