import { bundledStyleXml } from './citationStyles';
import { describe, expect, it } from 'vitest';
import { editorState, paragraph, text } from '../../../tests/exportNotes';
import type { PdfJob } from './pdf/buildPdf';
import { defaultResourcesDir } from './resources';
import { runPdfJob, warmUpPdfWorker } from './runPdfJob';

const job = (words: string, resourcesDir = defaultResourcesDir()): PdfJob => ({
  title: 'Worker',
  content: editorState([paragraph(text(words))]),
  options: {
    paper: 'A4',
    marking: null,
    confirmLowerMarking: false,
    toc: false,
    sourcesList: true,
    style: 'ieee',
    notes: 'footnotes',
    portionMarks: false,
    markEveryPortion: false,
    tagKeywords: false,
    evidenceAnnex: false,
    author: 'W',
  },
  banner: '',
  exportedAt: new Date().toISOString(),
  keywords: [],
  schemeId: 'tlp',
  resourcesDir,
  // A small style: this test is about the worker, not about parsing a large style.
  csl: bundledStyleXml(defaultResourcesDir(), 'ieee'),
});

describe('PDF worker thread', () => {
  it('runs exports one after another on a kept worker, and survives a failed one', async () => {
    warmUpPdfWorker();
    const progress: number[] = [];
    const first = await runPdfJob(job('first'), { onProgress: (f) => progress.push(f) });
    expect(first.pages).toBe(1);
    expect(progress.at(-1)).toBe(1);
    await expect(runPdfJob(job('broken', '/nonexistent/resources'))).rejects.toThrow();
    const [a, b] = await Promise.all([runPdfJob(job('second')), runPdfJob(job('third'))]);
    expect(Buffer.from(a.bytes).subarray(0, 5).toString()).toBe('%PDF-');
    expect(b.pages).toBe(1);
  });
});
