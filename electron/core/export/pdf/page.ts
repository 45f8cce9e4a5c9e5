import type { MarkingColors } from '../../../../shared/markings';
import type { Brief } from '../brief/model';
import { noteLine } from './backMatter';
import type { PdfCitations } from './citations';
import { PALETTE } from './theme';
import type { PdfBlock } from './types';

/** Where the footnotes of each page come from: the marker pages of the layout being made. */
export interface FootnoteLayout {
  /** Points added to the bottom margin to hold the notes. */
  reserve: number;
  /** Note number → page, filled in by the layout probe before footers are drawn. */
  pages: Map<number, number>;
}

/** The label in its own colour on its background, centred: a one-cell table sized to the text. */
export function bannerBlock(banner: string, colors: MarkingColors, top: boolean): PdfBlock {
  return {
    columns: [
      { width: '*', text: '' },
      {
        width: 'auto',
        table: {
          body: [
            [{ text: banner, style: 'banner', color: colors.text, fillColor: colors.background }],
          ],
        },
        layout: {
          hLineWidth: () => 0,
          vLineWidth: () => 0,
          paddingLeft: () => 8,
          paddingRight: () => 8,
          paddingTop: () => 1,
          paddingBottom: () => 0,
        },
      },
      { width: '*', text: '' },
    ],
    margin: top ? [40, 18, 40, 0] : [40, 0, 40, 2],
  };
}

function footnotesOf(
  citations: PdfCitations,
  footnotes: FootnoteLayout,
  page: number,
  width: number,
): PdfBlock[] {
  const numbers = [...footnotes.pages].filter(([, p]) => p === page).map(([n]) => n);
  if (numbers.length === 0) return [];
  numbers.sort((a, b) => a - b);
  return [
    {
      canvas: [
        { type: 'line', x1: 0, y1: 0, x2: 120, y2: 0, lineWidth: 0.5, lineColor: PALETTE.rule },
      ],
      margin: [72, 0, 72, 3],
    },
    ...numbers.map((n) => {
      // No id here: footers are laid out once per page, and an id may appear only once.
      const { id: _id, ...line } = noteLine(citations, n - 1, 'footnote') as Record<
        string,
        unknown
      >;
      return { ...line, margin: [72, 0, 72, 1.5], width };
    }),
  ];
}

/** Header (the banner) and footer (footnotes, banner, title and page number) of every page. */
export function pageFurniture(
  brief: Brief,
  citations: PdfCitations,
  footnotes: FootnoteLayout | null,
  contentWidth: number,
  layout: { pageCount: number },
) {
  const { banner, title } = brief;
  return {
    header: () => (banner ? bannerBlock(banner, brief.bannerColors, true) : null),
    footer: (currentPage: number, pageCount: number): PdfBlock => {
      layout.pageCount = pageCount;
      const notes = footnotes ? footnotesOf(citations, footnotes, currentPage, contentWidth) : [];
      return {
        stack: [
          ...notes,
          ...(notes.length ? [{ text: '', margin: [0, 0, 0, 4] }] : []),
          ...(banner ? [bannerBlock(banner, brief.bannerColors, false)] : []),
          {
            columns: [
              { text: title, style: 'footer', width: '*' },
              {
                text: `Page ${currentPage} of ${pageCount}`,
                style: 'footer',
                alignment: 'right',
                width: 'auto',
              },
            ],
            margin: [72, 2, 72, 0],
          },
        ],
        margin: [0, notes.length ? 4 : 8, 0, 0],
      };
    },
  };
}

/**
 * Footnotes are set at 8 pt with a line height of 1.2 (theme.ts), on top of Noto's own line
 * (ascender, descender and gap: 1.362 times the size); a smaller guess lets a page of long notes
 * outgrow its footer, and pdfmake then fails on the footer's rule.
 */
const NOTE_LINE_HEIGHT = 8 * 1.362 * 1.2;

/** The rule above a page's notes and the space around them. */
export const NOTES_BASE = 12;

/** A generous estimate of the height one note takes in a page's footer. */
export function noteHeight(citations: PdfCitations, n: number, contentWidth: number): number {
  const charsPerLine = Math.floor(contentWidth / (8 * 0.55));
  const text = (citations.formatted.clusters[n - 1] ?? []).map((t) => t.text).join('');
  return Math.max(1, Math.ceil((text.length + 4) / charsPerLine)) * NOTE_LINE_HEIGHT + 1.5;
}

/** A generous estimate of the height a page's notes take in the footer. */
export function notesHeight(
  citations: PdfCitations,
  noteNumbers: readonly number[],
  contentWidth: number,
): number {
  if (noteNumbers.length === 0) return 0;
  let height = NOTES_BASE;
  for (const n of noteNumbers) height += noteHeight(citations, n, contentWidth);
  return height;
}
