import {
  AlignmentType,
  Document,
  Footer,
  Header,
  LevelFormat,
  Packer,
  PageNumber,
  ShadingType,
  Paragraph,
  TextRun,
} from 'docx';
import type { MarkingColors } from '../../../../shared/markings';
import type { ExportOptions } from '../../../../shared/model/export';
import type { Brief } from '../brief/model';
import { formatDate } from '../pdf/attribution';
import type { PdfCitations } from '../pdf/citations';
import { bibliography, endnotes, evidenceAnnex, footnotes } from './backMatter';
import { docxBlock, NUMBERED_LIST, type DocxContext } from './blocks';
import { COLOURS } from './runs';

export interface BriefToDocxInput {
  brief: Brief;
  options: ExportOptions;
  citations: PdfCitations;
  keywords: string[];
}

/** The label in its own colour on its background, centred, at 12 pt as TLP 2.0 asks. */
const bannerParagraph = (banner: string, colors: MarkingColors) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [
      new TextRun({
        text: ` ${banner} `,
        bold: true,
        size: 24,
        color: colors.text.replace('#', ''),
        shading: {
          type: ShadingType.CLEAR,
          fill: colors.background.replace('#', ''),
          color: 'auto',
        },
      }),
    ],
  });

/** A4 or Letter in twentieths of a point, with one-inch side margins like the PDF. */
const PAGE = {
  A4: { width: 11906, height: 16838 },
  Letter: { width: 12240, height: 15840 },
} as const;

/**
 * The briefing as a Word document: the same blocks as the PDF, real Word footnotes for note
 * styles, the banner in every page's header and footer, and the page number in the footer.
 */
export function briefToDocx(input: BriefToDocxInput): Document {
  const { brief, options } = input;
  let listInstance = 0;
  const ctx: DocxContext = { citations: input.citations, nextListInstance: () => ++listInstance };
  const byline = [brief.author, formatDate(brief.exportedAt.toISOString().slice(0, 10))]
    .filter(Boolean)
    .join('  ·  ');
  const body = [
    new Paragraph({ heading: 'Title', children: [new TextRun(brief.title)] }),
    ...(byline
      ? [
          new Paragraph({
            children: [new TextRun({ text: byline, size: 18, color: COLOURS.muted })],
          }),
        ]
      : []),
    ...(brief.integrityStatement
      ? [new Paragraph({ children: [new TextRun({ text: brief.integrityStatement, size: 18 })] })]
      : []),
    ...brief.blocks.flatMap((b) => docxBlock(ctx, b)),
    ...endnotes(ctx, brief),
    ...bibliography(ctx, brief, options.sourcesList),
    ...evidenceAnnex(ctx, brief),
  ];
  const banner = brief.banner;
  return new Document({
    title: brief.title,
    creator: options.author || 'Briefwright',
    subject: banner ? `${banner} briefing` : 'Briefing',
    keywords: [...new Set([...input.keywords, ...(banner ? [banner] : [])])].join(', '),
    description: 'Exported from Briefwright',
    footnotes: footnotes(ctx, brief),
    numbering: {
      config: [
        {
          reference: NUMBERED_LIST,
          levels: Array.from({ length: 9 }, (_, level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: PAGE[options.paper],
            margin: { top: 1300, bottom: 1300, left: 1440, right: 1440 },
          },
        },
        headers: {
          default: new Header({
            children: banner ? [bannerParagraph(banner, brief.bannerColors)] : [],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              ...(banner ? [bannerParagraph(banner, brief.bannerColors)] : []),
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({
                    children: [
                      `${brief.title} · Page `,
                      PageNumber.CURRENT,
                      ' of ',
                      PageNumber.TOTAL_PAGES,
                    ],
                    size: 15,
                    color: COLOURS.muted,
                  }),
                ],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
}

export async function docxBytes(input: BriefToDocxInput): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(briefToDocx(input)));
}
