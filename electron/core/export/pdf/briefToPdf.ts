import type { ExportOptions } from '../../../../shared/model/export';
import type { Brief } from '../brief/model';
import { bibliography, endnotes, evidenceAnnex } from './backMatter';
import { pdfBlock, type BlockContext } from './blocks';
import type { PdfCitations } from './citations';
import { formatDate } from './attribution';
import { pageFurniture, type FootnoteLayout } from './page';
import { contentWidth, PALETTE, pageMargins, pdfStyles, SANS, SERIF } from './theme';
import type { PdfBlock, PdfDocDefinition } from './types';

export interface BriefToPdfInput {
  brief: Brief;
  options: ExportOptions;
  citations: PdfCitations;
  keywords: string[];
  /** Set for note styles with footnotes: the room reserved and the pages the notes land on. */
  footnotes: FootnoteLayout | null;
}

export interface BriefToPdfOutput {
  docDefinition: PdfDocDefinition;
  /** Filled in while pdfmake lays out the document (the footer sees the page count). */
  layout: { pageCount: number };
}

function titleBlock(brief: Brief): PdfBlock[] {
  const byline = [brief.author, formatDate(brief.exportedAt.toISOString().slice(0, 10))]
    .filter(Boolean)
    .join('  ·  ');
  return [
    { text: brief.title, style: 'title' },
    ...(byline ? [{ text: byline, style: 'byline' }] : []),
    ...(brief.integrityStatement ? [{ text: brief.integrityStatement, style: 'byline' }] : []),
    {
      canvas: [
        { type: 'line', x1: 0, y1: 0, x2: 60, y2: 0, lineWidth: 2, lineColor: PALETTE.accent },
      ],
      margin: [0, 4, 0, 18],
    },
  ];
}

interface PageBreakNode {
  headlineLevel?: number;
}

/** A heading never ends a page: if nothing follows it on its page, it moves to the next. */
function headingNeverLast(
  node: PageBreakNode,
  around: { getFollowingNodesOnPage(): unknown[] },
): boolean {
  return node.headlineLevel !== undefined && around.getFollowingNodesOnPage().length === 0;
}

/**
 * The briefing as a pdfmake document: title block, optional contents, the body, endnotes, the
 * style's reference list and the optional evidence annex, with the banner centred in every
 * page's header and footer and, for note styles, each page's footnotes in its footer.
 */
export function briefToPdf(input: BriefToPdfInput): BriefToPdfOutput {
  const { brief, options } = input;
  const ctx: BlockContext = { citations: input.citations, paper: options.paper, toc: options.toc };
  const layout = { pageCount: 0 };
  const content: PdfBlock[] = [
    ...titleBlock(brief),
    ...(options.toc
      ? [
          {
            toc: {
              title: { text: 'Contents', style: 'tocTitle' },
              numberStyle: { font: SANS, fontSize: 9, color: PALETTE.muted },
            },
            margin: [0, 0, 0, 18],
          },
        ]
      : []),
    ...brief.blocks.map((b) => pdfBlock(ctx, b)),
    ...endnotes(ctx, brief),
    ...bibliography(ctx, brief, options.sourcesList),
    ...evidenceAnnex(ctx, brief),
  ];
  const banner = brief.banner;
  const margins = pageMargins();
  if (input.footnotes) margins[3] = margins[3]! + input.footnotes.reserve;
  const docDefinition: PdfDocDefinition = {
    pageSize: options.paper === 'Letter' ? 'LETTER' : 'A4',
    pageMargins: margins,
    info: {
      title: brief.title,
      author: options.author || 'Briefwright',
      subject: banner ? `${banner} briefing` : 'Briefing',
      keywords: [...new Set([...input.keywords, ...(banner ? [banner] : [])])].join(', '),
      creator: 'Briefwright',
      producer: 'Briefwright (pdfmake)',
      creationDate: brief.exportedAt,
    },
    ...pageFurniture(brief, input.citations, input.footnotes, contentWidth(options.paper), layout),
    pageBreakBefore: headingNeverLast,
    content,
    styles: pdfStyles(),
    defaultStyle: { font: SERIF, fontSize: 10.5, lineHeight: 1.3, color: PALETTE.text },
    language: 'en',
  };
  return { docDefinition, layout };
}
