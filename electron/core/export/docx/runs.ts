import {
  ExternalHyperlink,
  FootnoteReferenceRun,
  ShadingType,
  TextRun,
  type ParagraphChild,
} from 'docx';
import type { StyledText } from '../../../../shared/citations/cslHtml';
import type { Inline, PortionMark, TextRun as BriefRun } from '../brief/model';
import type { PdfCitations } from '../pdf/citations';
import { noteNumber } from '../pdf/citations';

/** The colours the PDF uses, so the two formats look alike. */
export const COLOURS = {
  accent: '1F4E79',
  muted: '5B6470',
  marking: '8A1C1C',
  supports: '2F6B3A',
  contradicts: '9A3412',
} as const;

export function styledRuns(text: readonly StyledText[], extra: { size?: number } = {}): TextRun[] {
  return text.map(
    (t) =>
      new TextRun({
        text: t.text,
        italics: t.italic,
        bold: t.bold,
        superScript: t.sup,
        subScript: t.sub,
        ...extra,
      }),
  );
}

function textRun(run: BriefRun): ParagraphChild {
  const out = new TextRun({
    text: run.text === '\t' ? '\u2003' : run.text,
    ...(run.text === '\n' ? { text: '', break: 1 } : {}),
    bold: run.bold,
    italics: run.italic,
    underline: run.underline || run.link ? {} : undefined,
    strike: run.strike,
    superScript: run.sup,
    subScript: run.sub,
    highlight: run.highlight ? 'yellow' : undefined,
    font: run.code ? 'Consolas' : undefined,
    color: run.link ? COLOURS.accent : undefined,
  });
  return run.link ? new ExternalHyperlink({ link: run.link, children: [out] }) : out;
}

/**
 * A citation where it stands: a real Word footnote (note styles), a superscript endnote number,
 * or the style's in-text form after a space.
 */
export function citationChildren(
  citations: PdfCitations,
  cluster: number,
  precededBySpace: boolean,
): ParagraphChild[] {
  if (citations.formatted.kind === 'note') {
    const n = noteNumber(cluster);
    if (citations.placement === 'footnotes') return [new FootnoteReferenceRun(n)];
    return [new TextRun({ text: String(n), superScript: true, color: COLOURS.accent })];
  }
  const text = citations.formatted.clusters[cluster] ?? [];
  if (text.length === 0) return [];
  return [...(precededBySpace ? [] : [new TextRun(' ')]), ...styledRuns(text)];
}

export function inlineChildren(runs: readonly Inline[], citations: PdfCitations): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  let lastText = '';
  for (const run of runs) {
    if (run.kind === 'text') {
      out.push(textRun(run));
      lastText = run.text;
      continue;
    }
    if (run.kind === 'placeholder') {
      out.push(new TextRun({ text: run.text, italics: true, color: COLOURS.muted }));
      lastText = run.text;
      continue;
    }
    out.push(...citationChildren(citations, run.cluster, lastText === '' || /\s$/.test(lastText)));
    lastText = 'x';
  }
  return out;
}

/** "(TLP:AMBER)" in the marking's own colours, before a block's words. */
export function portionRuns(portion: PortionMark): TextRun[] {
  if (!portion) return [];
  return [
    new TextRun({
      text: `\u2009${portion.text}\u2009`,
      bold: true,
      size: 17,
      color: portion.colors.text.replace('#', ''),
      shading: {
        type: ShadingType.CLEAR,
        fill: portion.colors.background.replace('#', ''),
        color: 'auto',
      },
    }),
    new TextRun(' '),
  ];
}
