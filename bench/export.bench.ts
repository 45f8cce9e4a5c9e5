import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pdfmake from 'pdfmake';
import { bundledStyleXml } from '../electron/core/export/citationStyles';
import { buildDocx } from '../electron/core/export/docx/buildDocx';
import { buildPdf, type PdfJob } from '../electron/core/export/pdf/buildPdf';
import { defaultResourcesDir } from '../electron/core/export/resources';
import { runPdfJob } from '../electron/core/export/runPdfJob';
import type { SourceSnapshot } from '../shared/note/serializedNodes';
import { percentile, type BenchRow, type BenchSuite } from './types';

const resourcesDir = defaultResourcesDir();
const WORDS =
  'the delegation met again on tuesday and agreed to continue talks while shelling went on along the front line and officials described the mood as frank but unproductive'.split(
    ' ',
  );

function sentence(seed: number, words = 24): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[(seed * 7 + i * 13) % WORDS.length]!);
  const s = out.join(' ');
  return s[0]!.toUpperCase() + s.slice(1) + '.';
}

const sources: SourceSnapshot[] = Array.from({ length: 40 }, (_, i) => ({
  sourceId: i + 1,
  title: `Field report ${i + 1} on the negotiations`,
  author: `Analyst ${String.fromCharCode(65 + (i % 26))}. Writer`,
  outlet: `Outlet ${i % 7}`,
  publishedAt: `2025-0${(i % 9) + 1}-1${i % 10}`,
  url: i % 2 ? `https://example.org/r/${i}` : null,
  marking: i % 3 ? 'TLP:GREEN' : 'TLP:AMBER',
}));

const text = (t: string, format = 0) => ({ type: 'text', text: t, format });

/** A realistic note of `units` sections: heading, cited paragraphs, an excerpt, a list, a claim. */
export function richNote(units: number): string {
  const children: object[] = [];
  for (let u = 0; u < units; u++) {
    const src = sources[u % sources.length]!;
    const cite = {
      type: 'bw-citation',
      version: 1,
      excerptId: null,
      quote: null,
      locator: null,
      marking: src.marking,
      source: src,
    };
    children.push({
      type: 'heading',
      tag: u % 4 ? 'h2' : 'h1',
      children: [text(`Section ${u + 1}`)],
    });
    for (let p = 0; p < 3; p++) {
      children.push({
        type: 'paragraph',
        children: [
          text(sentence(u + p) + ' '),
          text(sentence(u * 3 + p, 10), 1),
          text(' ' + sentence(u + p + 1, 40)),
          cite,
        ],
      });
    }
    children.push({
      type: 'bw-excerpt',
      version: 1,
      excerptId: u + 1,
      quote: sentence(u + 9, 30),
      locator: `p. ${u + 1}`,
      marking: src.marking,
      source: src,
    });
    children.push({
      type: 'list',
      listType: 'bullet',
      children: [0, 1, 2].map((i) => ({ type: 'listitem', children: [text(sentence(u + i, 12))] })),
    });
    if (u % 3 === 0) {
      children.push({
        type: 'bw-claim',
        version: 1,
        claimId: u + 1,
        text: sentence(u, 18),
        confidence: 'likely',
        evidence: [
          {
            excerptId: u + 1,
            relation: 'supports',
            quote: sentence(u + 9, 30),
            locator: null,
            marking: src.marking,
            source: src,
          },
        ],
      });
    }
  }
  return JSON.stringify({ root: { type: 'root', children } });
}

export function job(content: string, style = 'chicago'): PdfJob {
  return {
    title: 'Benchmark briefing',
    content,
    options: {
      paper: 'A4',
      marking: null,
      confirmLowerMarking: false,
      toc: true,
      sourcesList: true,
      style,
      notes: 'footnotes',
      portionMarks: true,
      markEveryPortion: false,
      tagKeywords: false,
      evidenceAnnex: false,
      author: 'Bench',
    },
    banner: 'TLP:AMBER',
    exportedAt: new Date().toISOString(),
    keywords: [],
    schemeId: 'tlp',
    resourcesDir,
    csl: bundledStyleXml(resourcesDir, style),
  };
}

const BODY_FACES = {
  normal: 'NotoSerif-Regular.ttf',
  bold: 'NotoSerif-Bold.ttf',
  italics: 'NotoSerif-Italic.ttf',
  bolditalics: 'NotoSerif-BoldItalic.ttf',
};

/** Stock pdfmake with the export's body face from the same files, and nothing of the export's own. */
function plainPdfmake(): void {
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  for (const file of Object.values(BODY_FACES))
    if (!pdfmake.virtualfs.existsSync(file))
      pdfmake.virtualfs.writeFileSync(file, readFileSync(join(resourcesDir, 'fonts', file)));
  pdfmake.setFonts({ Serif: { ...BODY_FACES } });
}

/**
 * pdfmake alone: a plain-text document in the same font, page size and margins, with about as
 * many words a page as the note's pages hold, laid out and rendered by pdfmake as shipped (it
 * parses its fonts for every document; the export's renderer keeps them parsed, see
 * pdf/sharedFonts.ts).
 */
async function plainPdf(paragraphs: number): Promise<{ ms: number; pages: number }> {
  let pages = 0;
  const doc = {
    pageSize: 'A4',
    pageMargins: [72, 64, 72, 70],
    defaultStyle: { font: 'Serif', fontSize: 10.5, lineHeight: 1.3 },
    footer: (_page: number, count: number) => {
      pages = count;
      return null;
    },
    content: Array.from({ length: paragraphs }, (_, i) => ({
      text: sentence(i, 60) + ' ' + sentence(i + 1, 60),
      margin: [0, 0, 0, 7],
    })),
  };
  const start = performance.now();
  plainPdfmake();
  await pdfmake.createPdf(doc).getBuffer();
  return { ms: performance.now() - start, pages };
}

async function timeExport(
  content: string,
  style = 'chicago',
): Promise<{ ms: number; pages: number }> {
  const start = performance.now();
  const result = await buildPdf(job(content, style));
  return { ms: performance.now() - start, pages: result.pages };
}

async function timeDocx(content: string): Promise<{ ms: number }> {
  const start = performance.now();
  await buildDocx(job(content));
  return { ms: performance.now() - start };
}

/** `BENCH_EXPORT_PAGES=10` runs one size only (a quick check that the suite works). */
function sizes(): number[] {
  const only = process.env.BENCH_EXPORT_PAGES;
  return only
    ? only
        .split(',')
        .map(Number)
        .filter((n) => n > 0)
    : [10, 50, 200];
}

/** Finds the size parameter giving about `target` pages (pages grow linearly with it). */
async function calibrate(
  target: number,
  measure: (n: number) => Promise<{ pages: number }>,
  probe: number,
): Promise<number> {
  const { pages } = await measure(probe);
  let n = Math.max(1, Math.round((probe * target) / pages));
  for (let i = 0; i < 3; i++) {
    const got = (await measure(n)).pages;
    if (got === target) break;
    n = Math.max(1, Math.round((n * target) / got));
  }
  return n;
}

async function p50(runs: number, fn: () => Promise<{ ms: number }>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push((await fn()).ms);
  return percentile(
    times.sort((a, b) => a - b),
    50,
  );
}

export const exportSuite: BenchSuite = {
  name: 'export',
  async run(): Promise<BenchRow[]> {
    const rows: BenchRow[] = [];
    await timeExport(richNote(2)); // warm up fonts, CSL and the JIT
    await timeExport(richNote(2), 'apa');
    await timeDocx(richNote(2));
    for (const pages of sizes()) {
      const runs = pages === 200 ? 3 : 5;
      const units = await calibrate(pages, (n) => timeExport(richNote(n)), 10);
      const content = richNote(units);
      const actualPages = (await timeExport(content)).pages;
      const exportMs = await p50(runs, () => timeExport(content));
      const apaMs = await p50(runs, () => timeExport(content, 'apa'));
      const docxMs = await p50(runs, () => timeDocx(content));
      const paragraphs = await calibrate(pages, plainPdf, 40);
      const plainMs = await p50(runs, () => plainPdf(paragraphs));
      rows.push(
        {
          area: 'export',
          metric: `${pages}-page note, PDF with Chicago footnotes (${actualPages} pages), p50`,
          value: exportMs,
          unit: 'ms',
          ...(pages === 50 ? { limit: { max: 3000 } } : {}),
        },
        {
          area: 'export',
          metric: `${pages}-page note, PDF in APA (author–date), p50`,
          value: apaMs,
          unit: 'ms',
        },
        {
          area: 'export',
          metric: `${pages}-page note, Word (.docx, Chicago footnotes), p50`,
          value: docxMs,
          unit: 'ms',
        },
        {
          area: 'export',
          metric: `pdfmake plain text, ${pages} pages, p50`,
          value: plainMs,
          unit: 'ms',
        },
        {
          area: 'export',
          metric: `${pages} pages: footnoted PDF / plain pdfmake`,
          value: exportMs / plainMs,
          unit: 'ratio',
        },
        {
          area: 'export',
          metric: `${pages} pages: APA PDF / plain pdfmake`,
          value: apaMs / plainMs,
          unit: 'ratio',
          ...(pages === 10 ? { limit: { max: 1.5 } } : {}),
        },
      );
    }
    if (process.env.BENCH_EXPORT_PAGES) return rows;
    // The same 50-page export end to end through the worker thread, as the app runs it: the
    // first export starts a worker (cold), later ones reuse it (warm).
    const content = richNote(await calibrate(50, (n) => timeExport(richNote(n)), 10));
    const timeWorker = async () => {
      const start = performance.now();
      await runPdfJob(job(content));
      return { ms: performance.now() - start };
    };
    const coldMs = (await timeWorker()).ms;
    // Like the in-process figures above, measure after the JIT has seen the pipeline a few times.
    await timeWorker();
    await timeWorker();
    const warmMs = await p50(5, timeWorker);
    rows.push(
      {
        area: 'export',
        metric: '50 pages via worker thread, first (cold)',
        value: coldMs,
        unit: 'ms',
      },
      {
        area: 'export',
        metric: '50 pages via worker thread, warm, p50',
        value: warmMs,
        unit: 'ms',
        limit: { max: 3000 },
      },
    );
    return rows;
  },
};
