import type { PaperSize } from '../../../../shared/model/export';
import type {
  Block,
  ClaimBlock,
  ExcerptBlock,
  ListBlock,
  ListItem,
  PortionMark,
} from '../brief/model';
import { attribution } from './attribution';
import { citationRuns, type PdfCitations } from './citations';
import { pdfInlines, portionPrefix } from './inlines';
import { contentWidth, PALETTE, SANS } from './theme';
import type { PdfBlock, PdfInline } from './types';

export interface BlockContext {
  citations: PdfCitations;
  paper: PaperSize;
  toc: boolean;
}

/** A quote this short keeps its words and attribution on one page. */
const UNBREAKABLE_QUOTE_CHARS = 1500;

/** Contents entry for a heading `depth` levels below the note's top heading level (0 = top). */
export function tocEntry(ctx: BlockContext, depth: number): Record<string, unknown> {
  if (!ctx.toc || depth > 2) return {};
  return { tocItem: true, tocStyle: `toc${depth + 1}`, tocMargin: [depth * 14, 2, 0, 2] };
}

export function leftRuled(stack: PdfBlock[], barColor: string, marginBottom = 10): PdfBlock {
  return {
    table: { widths: ['*'], body: [[{ stack, border: [true, false, false, false] }]] },
    layout: {
      vLineWidth: () => 2,
      hLineWidth: () => 0,
      vLineColor: () => barColor,
      paddingLeft: () => 12,
      paddingRight: () => 0,
      paddingTop: () => 1,
      paddingBottom: () => 1,
    },
    margin: [4, 2, 24, marginBottom],
  };
}

export function rule(paper: PaperSize): PdfBlock {
  return {
    canvas: [
      {
        type: 'line',
        x1: 0,
        y1: 0,
        x2: contentWidth(paper),
        y2: 0,
        lineWidth: 0.5,
        lineColor: PALETTE.rule,
      },
    ],
    margin: [0, 6, 0, 12],
  };
}

/** A quoted excerpt: words, citation, attribution; a short one never splits across pages. */
export function excerptBlock(
  ctx: BlockContext,
  quote: string,
  cluster: number,
  attributionLine: PdfInline[],
  portion: PortionMark,
  barColor: string = PALETTE.accent,
  label: PdfBlock[] = [],
  marginBottom = 10,
): PdfBlock {
  return {
    ...(leftRuled(
      [
        ...label,
        {
          text: [
            ...portionPrefix(portion),
            { text: `“${quote}”` },
            ...citationRuns(ctx.citations, cluster, false),
          ],
          style: 'excerpt',
        },
        { text: attributionLine, style: 'attribution' },
      ],
      barColor,
      marginBottom,
    ) as object),
    unbreakable: quote.length < UNBREAKABLE_QUOTE_CHARS,
  };
}

function excerpt(ctx: BlockContext, block: ExcerptBlock): PdfBlock {
  return excerptBlock(
    ctx,
    block.quote,
    block.cluster,
    attribution(block.source, block.locator),
    block.portion,
  );
}

function claim(ctx: BlockContext, block: ClaimBlock): PdfBlock {
  const label = block.assessment ? `CLAIM · ${block.assessment.toUpperCase()}` : 'CLAIM';
  const evidence: PdfInline[] = [];
  for (const group of block.groups) {
    if (evidence.length) evidence.push({ text: '   ' });
    evidence.push({ text: group.relation === 'supports' ? 'Supported by' : 'Contradicted by' });
    const runs = citationRuns(ctx.citations, group.cluster, false);
    evidence.push(...runs);
  }
  return {
    table: {
      widths: ['*'],
      body: [
        [
          {
            stack: [
              { text: [...portionPrefix(block.portion), { text: label }], style: 'claimLabel' },
              { text: block.text, style: 'claim' },
              ...(evidence.length ? [{ text: evidence, style: 'claimEvidence' }] : []),
            ],
            fillColor: PALETTE.claimFill,
          },
        ],
      ],
    },
    layout: {
      hLineWidth: () => 0.6,
      vLineWidth: () => 0.6,
      hLineColor: () => PALETTE.claimBorder,
      vLineColor: () => PALETTE.claimBorder,
      paddingLeft: () => 10,
      paddingRight: () => 10,
      paddingTop: () => 7,
      paddingBottom: () => 7,
    },
    margin: [0, 4, 0, 12],
    unbreakable: block.text.length < 1200,
  };
}

function listItem(ctx: BlockContext, item: ListItem): PdfBlock {
  const blocks: PdfBlock[] = [];
  if (item.runs.length || item.lists.length === 0) {
    const box: PdfInline[] =
      item.checked === undefined
        ? []
        : [{ text: item.checked ? '[x] ' : '[ ] ', font: SANS, color: PALETTE.muted }];
    blocks.push({
      text: [...portionPrefix(item.portion), ...box, ...pdfInlines(item.runs, ctx.citations)],
      style: 'listItem',
    });
  }
  for (const list of item.lists)
    blocks.push({ ...(listBlock(ctx, list) as object), margin: [4, 2, 0, 0] });
  return blocks.length === 1 ? blocks[0]! : { stack: blocks };
}

function listBlock(ctx: BlockContext, block: ListBlock): PdfBlock {
  const items = block.items.map((item) => listItem(ctx, item));
  if (block.listType === 'number')
    return { ol: items, start: block.start, style: 'list', markerColor: PALETTE.muted };
  return {
    ul: items,
    style: 'list',
    markerColor: PALETTE.muted,
    ...(block.listType === 'check' ? { type: 'none' } : {}),
  };
}

function summary(ctx: BlockContext, label: string, blocks: Block[]): PdfBlock {
  return {
    table: {
      widths: ['*'],
      body: [
        [
          {
            stack: [
              { text: label.toUpperCase(), style: 'summaryLabel' },
              ...blocks.map((b) => pdfBlock(ctx, b)),
            ],
            fillColor: PALETTE.summaryFill,
          },
        ],
      ],
    },
    layout: {
      hLineWidth: () => 0,
      vLineWidth: (i: number) => (i === 0 ? 3 : 0),
      vLineColor: () => PALETTE.accent,
      paddingLeft: () => 14,
      paddingRight: () => 14,
      paddingTop: () => 10,
      paddingBottom: () => 4,
    },
    margin: [0, 0, 0, 16],
  };
}

/** One block of the briefing as pdfmake content. */
export function pdfBlock(ctx: BlockContext, block: Block): PdfBlock {
  switch (block.kind) {
    case 'paragraph': {
      const runs = pdfInlines(block.runs, ctx.citations);
      if (runs.length === 0) return { text: ' ', style: 'spacer' };
      return { text: [...portionPrefix(block.portion), ...runs], style: 'body' };
    }
    case 'heading':
      return {
        text: [...portionPrefix(block.portion), ...pdfInlines(block.runs, ctx.citations)],
        style: `h${Math.min(3, block.level)}`,
        headlineLevel: block.level,
        ...tocEntry(ctx, block.depth),
      };
    case 'quote':
      return leftRuled(
        [
          {
            text: [...portionPrefix(block.portion), ...pdfInlines(block.runs, ctx.citations)],
            style: 'quote',
          },
        ],
        PALETTE.rule,
      );
    case 'list':
      return listBlock(ctx, block);
    case 'rule':
      return rule(ctx.paper);
    case 'code':
      return { text: block.text, style: 'code', preserveLeadingSpaces: true };
    case 'excerpt':
      return excerpt(ctx, block);
    case 'claim':
      return claim(ctx, block);
    case 'summary':
      return summary(ctx, block.label, block.blocks);
    case 'keep':
      return {
        stack: block.blocks.map((b) => pdfBlock(ctx, b)),
        ...(block.together ? { unbreakable: true } : {}),
      };
  }
}
