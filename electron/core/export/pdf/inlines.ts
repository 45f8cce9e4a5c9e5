import type { Inline, PortionMark, TextRun } from '../brief/model';
import { citationRuns, type PdfCitations } from './citations';
import { PALETTE, SANS } from './theme';
import type { PdfInline } from './types';

function textRun(run: TextRun): PdfInline {
  const decoration: ('underline' | 'lineThrough')[] = [];
  if (run.underline || run.link) decoration.push('underline');
  if (run.strike) decoration.push('lineThrough');
  const out: PdfInline = { text: run.text === '\t' ? '\u2003' : run.text };
  if (run.bold) out.bold = true;
  if (run.italic) out.italics = true;
  if (decoration.length) out.decoration = decoration;
  if (run.code) {
    out.font = SANS;
    out.background = PALETTE.codeBackground;
    out.fontSize = 9.5;
  }
  if (run.sub) out.sub = true;
  if (run.sup) out.sup = true;
  if (run.highlight) out.background = PALETTE.highlight;
  if (run.link) {
    out.link = run.link;
    out.color = PALETTE.link;
  }
  return out;
}

/** A block's runs as pdfmake inlines, each citation as the style prints it. */
export function pdfInlines(runs: readonly Inline[], citations: PdfCitations): PdfInline[] {
  const out: PdfInline[] = [];
  for (const run of runs) {
    if (run.kind === 'text') {
      out.push(textRun(run));
      continue;
    }
    if (run.kind === 'placeholder') {
      out.push({ text: run.text, italics: true, color: PALETTE.muted });
      continue;
    }
    const before = out.at(-1)?.text;
    const spaced = typeof before !== 'string' || before === '' || /\s$/.test(before);
    out.push(...citationRuns(citations, run.cluster, spaced));
  }
  return out;
}

/** "(TLP:AMBER)" in the marking's own colours, before a block's words. */
export function portionPrefix(portion: PortionMark): PdfInline[] {
  if (!portion) return [];
  return [
    {
      text: `\u2009${portion.text}\u2009`,
      bold: true,
      font: SANS,
      fontSize: 8.5,
      color: portion.colors.text,
      background: portion.colors.background,
    },
    { text: ' ' },
  ];
}
