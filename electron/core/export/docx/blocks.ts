import {
  BorderStyle,
  HeadingLevel,
  Paragraph,
  ShadingType,
  TextRun,
  type IBordersOptions,
  type ParagraphChild,
} from 'docx';
import type { Block, ListBlock, PortionMark } from '../brief/model';
import { attributionParts } from '../pdf/attribution';
import type { PdfCitations } from '../pdf/citations';
import { citationChildren, COLOURS, inlineChildren, portionRuns } from './runs';

export interface DocxContext {
  citations: PdfCitations;
  /** Each numbered list restarts its numbers: one numbering instance per list. */
  nextListInstance(): number;
}

export const NUMBERED_LIST = 'bw-numbered';

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

const leftBar = (color: string): IBordersOptions => ({
  left: { style: BorderStyle.SINGLE, size: 16, color, space: 8 },
});

export function attributionParagraph(
  source: Parameters<typeof attributionParts>[0],
  locator: string | null,
  color: string,
  grading = '',
): Paragraph {
  const parts = [
    ...attributionParts(source, locator),
    ...(grading ? [{ text: ` · Grading ${grading}`, italic: false }] : []),
  ];
  return new Paragraph({
    children: parts.map(
      (p) => new TextRun({ text: p.text, italics: p.italic, size: 16, color: COLOURS.muted }),
    ),
    border: leftBar(color),
    indent: { left: 240, right: 480 },
    spacing: { after: 200 },
    keepLines: true,
  });
}

/**
 * A quote and its attribution: the quote paragraph keeps with the next one, so Word never puts
 * the attribution on another page.
 */
export function quoteParagraphs(
  ctx: DocxContext,
  quote: string,
  cluster: number,
  source: Parameters<typeof attributionParts>[0],
  locator: string | null,
  portion: PortionMark,
  color: string = COLOURS.accent,
  label: Paragraph[] = [],
  grading = '',
): Paragraph[] {
  return [
    ...label,
    new Paragraph({
      children: [
        ...portionRuns(portion),
        new TextRun(`“${quote}”`),
        ...citationChildren(ctx.citations, cluster, false),
      ],
      border: leftBar(color),
      indent: { left: 240, right: 480 },
      keepNext: true,
      keepLines: true,
    }),
    attributionParagraph(source, locator, color, grading),
  ];
}

function list(ctx: DocxContext, block: ListBlock, level: number): Paragraph[] {
  const instance = block.listType === 'number' ? ctx.nextListInstance() : 0;
  return block.items.flatMap((item) => {
    const box = item.checked === undefined ? [] : [new TextRun(item.checked ? '☒ ' : '☐ ')];
    const children: ParagraphChild[] = [
      ...portionRuns(item.portion),
      ...box,
      ...inlineChildren(item.runs, ctx.citations),
    ];
    const own =
      block.listType === 'number'
        ? new Paragraph({ children, numbering: { reference: NUMBERED_LIST, level, instance } })
        : block.listType === 'bullet'
          ? new Paragraph({ children, bullet: { level } })
          : new Paragraph({ children, indent: { left: 360 * (level + 1) } });
    return [own, ...item.lists.flatMap((l) => list(ctx, l, Math.min(level + 1, 8)))];
  });
}

/** One block of the briefing as Word paragraphs. */
export function docxBlock(ctx: DocxContext, block: Block): Paragraph[] {
  switch (block.kind) {
    case 'paragraph':
      return [
        new Paragraph({
          children: [...portionRuns(block.portion), ...inlineChildren(block.runs, ctx.citations)],
          spacing: { after: 140 },
        }),
      ];
    case 'heading':
      return [
        new Paragraph({
          heading: HEADINGS[Math.min(5, Math.max(0, block.level - 1))],
          children: [...portionRuns(block.portion), ...inlineChildren(block.runs, ctx.citations)],
          // A heading never ends a page.
          keepNext: true,
        }),
      ];
    case 'quote':
      return [
        new Paragraph({
          children: [...portionRuns(block.portion), ...inlineChildren(block.runs, ctx.citations)],
          border: leftBar('B8C0CA'),
          indent: { left: 240, right: 480 },
          style: 'Quote',
        }),
      ];
    case 'list':
      return list(ctx, block, 0);
    case 'rule':
      return [
        new Paragraph({
          border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: 'B8C0CA', space: 1 } },
        }),
      ];
    case 'code':
      return block.text
        .split('\n')
        .map(
          (line) =>
            new Paragraph({ children: [new TextRun({ text: line, font: 'Consolas', size: 18 })] }),
        );
    case 'excerpt':
      return quoteParagraphs(
        ctx,
        block.quote,
        block.cluster,
        block.source,
        block.locator,
        block.portion,
      );
    case 'claim': {
      const box = {
        border: {
          top: { style: BorderStyle.SINGLE, size: 6, color: 'D9CEB4', space: 4 },
          bottom: { style: BorderStyle.SINGLE, size: 6, color: 'D9CEB4', space: 4 },
          left: { style: BorderStyle.SINGLE, size: 6, color: 'D9CEB4', space: 4 },
          right: { style: BorderStyle.SINGLE, size: 6, color: 'D9CEB4', space: 4 },
        },
        shading: { type: ShadingType.CLEAR, fill: 'F7F4EC', color: 'auto' },
        keepLines: true,
      };
      const label = block.assessment ? `CLAIM · ${block.assessment.toUpperCase()}` : 'CLAIM';
      const evidence: ParagraphChild[] = [];
      for (const group of block.groups) {
        if (evidence.length) evidence.push(new TextRun('   '));
        evidence.push(
          new TextRun({
            text: group.relation === 'supports' ? 'Supported by' : 'Contradicted by',
            size: 16,
            color: COLOURS.muted,
          }),
          ...citationChildren(ctx.citations, group.cluster, false),
        );
      }
      const contents: ParagraphChild[][] = [
        [
          ...portionRuns(block.portion),
          new TextRun({ text: label, bold: true, size: 15, color: '7A5C12' }),
        ],
        [new TextRun({ text: block.text, bold: true })],
        ...(evidence.length ? [evidence] : []),
      ];
      // The box holds together: every paragraph but the last keeps with the next.
      return contents.map(
        (children, i) =>
          new Paragraph({
            ...box,
            keepNext: i < contents.length - 1,
            ...(i === contents.length - 1 ? { spacing: { after: 240 } } : {}),
            children,
          }),
      );
    }
    case 'summary':
      return [
        new Paragraph({
          children: [
            new TextRun({
              text: block.label.toUpperCase(),
              bold: true,
              size: 15,
              color: COLOURS.accent,
            }),
          ],
          keepNext: true,
          shading: { type: ShadingType.CLEAR, fill: 'EEF3F8', color: 'auto' },
        }),
        ...block.blocks.flatMap((b) => docxBlock(ctx, b)),
      ];
    case 'keep':
      return block.blocks.flatMap((b) => docxBlock(ctx, b));
  }
}
