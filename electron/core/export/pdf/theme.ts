import type { PaperSize } from '../../../../shared/model/export';
import type { PdfStyle } from './types';

/** Font families registered with pdfmake (see fonts.ts). */
export const SERIF = 'Serif';
export const SANS = 'Sans';

export const PALETTE = {
  text: '#1b1f24',
  muted: '#5b6470',
  accent: '#1f4e79',
  link: '#1f4e79',
  rule: '#b8c0ca',
  claimFill: '#f7f4ec',
  claimBorder: '#d9ceb4',
  summaryFill: '#eef3f8',
  codeBackground: '#eef0f2',
  highlight: '#fff1a8',
  supports: '#2f6b3a',
  contradicts: '#9a3412',
} as const;

const PAGE_WIDTH: Record<PaperSize, number> = { A4: 595.28, Letter: 612 };
const SIDE_MARGIN = 72;

/** Left, top, right, bottom in points: one inch at the sides, room for banner and footer. */
export function pageMargins(): number[] {
  return [SIDE_MARGIN, 64, SIDE_MARGIN, 70];
}

export function contentWidth(paper: PaperSize): number {
  return PAGE_WIDTH[paper] - 2 * SIDE_MARGIN;
}

export function pdfStyles(): Record<string, PdfStyle> {
  return {
    title: { font: SERIF, fontSize: 22, bold: true, lineHeight: 1.12, margin: [0, 0, 0, 6] },
    byline: { font: SANS, fontSize: 9, color: PALETTE.muted, characterSpacing: 0.2 },
    // At least 12 pt, as TLP 2.0 asks of its labels; the colours come from the marking.
    banner: {
      font: SANS,
      fontSize: 12,
      bold: true,
      alignment: 'center',
      characterSpacing: 0.3,
    },
    footer: { font: SANS, fontSize: 7.5, color: PALETTE.muted },
    h1: { font: SANS, fontSize: 15, bold: true, margin: [0, 14, 0, 6], lineHeight: 1.15 },
    h2: { font: SANS, fontSize: 12.5, bold: true, margin: [0, 12, 0, 5], lineHeight: 1.15 },
    h3: { font: SANS, fontSize: 10.5, bold: true, margin: [0, 10, 0, 4], color: PALETTE.muted },
    body: { margin: [0, 0, 0, 7], alignment: 'left' },
    spacer: { fontSize: 6, margin: [0, 0, 0, 0] },
    quote: { italics: true, color: PALETTE.muted },
    excerpt: { fontSize: 10.5, lineHeight: 1.3 },
    attribution: { font: SANS, fontSize: 8, color: PALETTE.muted, margin: [0, 3, 0, 0] },
    claimLabel: {
      font: SANS,
      fontSize: 7.5,
      bold: true,
      color: '#7a5c12',
      characterSpacing: 0.4,
      margin: [0, 0, 0, 3],
    },
    claim: { fontSize: 10.5, bold: true, lineHeight: 1.25 },
    claimEvidence: { font: SANS, fontSize: 8, color: PALETTE.muted, margin: [0, 4, 0, 0] },
    summaryLabel: {
      font: SANS,
      fontSize: 7.5,
      bold: true,
      color: PALETTE.accent,
      characterSpacing: 0.4,
      margin: [0, 0, 0, 4],
    },
    list: { margin: [0, 0, 0, 7] },
    listItem: { margin: [0, 0, 0, 2] },
    code: { font: SANS, fontSize: 9, color: PALETTE.text, margin: [0, 0, 0, 7] },
    tocTitle: { font: SANS, fontSize: 12.5, bold: true, margin: [0, 0, 0, 6] },
    toc1: { font: SANS, fontSize: 9.5 },
    toc2: { font: SANS, fontSize: 9, color: PALETTE.muted },
    toc3: { font: SANS, fontSize: 8.5, color: PALETTE.muted },
    sourceNumber: { font: SANS, fontSize: 9, color: PALETTE.accent, alignment: 'right' },
    source: { fontSize: 9.5, lineHeight: 1.25 },
    footnote: { fontSize: 8, lineHeight: 1.2 },
    endnote: { fontSize: 9.5, lineHeight: 1.25, margin: [0, 0, 0, 4] },
  };
}
