import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import LayoutBuilderModule from 'pdfmake/js/LayoutBuilder.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { job as citationJob } from '../../../../tests/citationNote';
import {
  citation,
  editorState,
  excerpt,
  heading,
  paragraph,
  source,
  text,
} from '../../../../tests/exportNotes';
import { useTempDirs } from '../../../../tests/tempDir';
import { buildPdf, type PdfJob } from './buildPdf';

const tempDir = useTempDirs();
const LayoutBuilder = ((LayoutBuilderModule as { default?: unknown }).default ??
  LayoutBuilderModule) as { prototype: { tryLayoutDocument(...args: unknown[]): unknown } };

const sources = Array.from({ length: 6 }, (_, i) =>
  source(i + 1, `Field report ${i + 1}`, null, {
    author: `Analyst ${i + 1} Writer`,
    outlet: 'Coast Times',
    publishedAt: '2026-03-04',
  }),
);

/** Sections of cited paragraphs, an excerpt each: five or so notes to a page. */
function denseNote(sections: number): string {
  const words = 'the harbour board met again to weigh the dredging plan and its cost '.repeat(5);
  return editorState(
    Array.from({ length: sections }, (_, s) => [
      heading('h2', `Section ${s + 1}`),
      ...[0, 1, 2].map((p) =>
        paragraph(text(`Paragraph ${p + 1}: ${words}`), citation(sources[(s + p) % 6]!)),
      ),
      excerpt(
        s + 1,
        'The lanes open three weeks earlier than a decade ago.',
        sources[s % 6]!,
        'p. 2',
      ),
    ]).flat(),
  );
}

async function layoutsOf(job: PdfJob): Promise<{ layouts: number; text: string; pages: number }> {
  const spy = vi.spyOn(LayoutBuilder.prototype, 'tryLayoutDocument');
  const result = await buildPdf(job);
  const layouts = spy.mock.calls.length;
  spy.mockRestore();
  const path = join(tempDir(), 'notes.pdf');
  writeFileSync(path, result.bytes);
  const out = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  return { layouts, text: out, pages: result.pages };
}

afterEach(() => vi.restoreAllMocks());

describe('room for footnotes', () => {
  it('a note with five notes to a page is laid out once, every note printed', async () => {
    const job = { ...citationJob('chicago'), content: denseNote(8) };
    const { layouts, text: out, pages } = await layoutsOf(job);
    expect(pages).toBeGreaterThan(5);
    expect(layouts).toBe(1);
    for (let n = 1; n <= 32; n++) expect(out).toMatch(new RegExp(`^\\s*${n}\\. \\S`, 'm'));
  }, 60_000);

  it('short paragraphs each calling two long notes export, every note printed', async () => {
    const long = Array.from({ length: 40 }, (_, i) =>
      source(
        i + 1,
        `A long report ${i + 1} on the harbour, the dredging plan and its costs`,
        null,
        {
          author: `Analyst ${i + 1} Writer`,
          outlet: 'The Coast Times and Herald, Weekly Edition',
          publishedAt: '2025-03-04',
          url: `https://example.org/a/long/path/to/the/report/number/${i + 1}`,
        },
      ),
    );
    const content = editorState(
      Array.from({ length: 20 }, (_, p) =>
        paragraph(
          text(`Paragraph ${p + 1} cites`),
          citation(long[2 * p]!),
          text(' and'),
          citation(long[2 * p + 1]!),
        ),
      ),
    );
    const { text: out, pages } = await layoutsOf({ ...citationJob('chicago'), content });
    expect(pages).toBeGreaterThan(2);
    for (let n = 1; n <= 40; n++) expect(out).toMatch(new RegExp(`^\\s*${n}\\. \\S`, 'm'));
  }, 60_000);

  it('a note with a few notes over several pages is laid out once too', async () => {
    const { layouts, pages } = await layoutsOf(citationJob('chicago'));
    expect(pages).toBeGreaterThan(1);
    expect(layouts).toBe(1);
  }, 60_000);
});
