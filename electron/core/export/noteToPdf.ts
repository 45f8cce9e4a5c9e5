import { numberCitations, type JsonNode } from '../../../shared/citations/numbering';
import { describeGrading } from '../../../shared/admiralty';
import { readClaimJudgments } from '../../../shared/icd203/claimJudgments';
import { formatAssessment, formatLikelihood } from '../../../shared/icd203/scale';
import {
  lowestMarking,
  markingColors,
  markingLabel,
  portionMark,
  strictestMarking,
  type MarkingScheme,
} from '../../../shared/markings';
import type { ExportOptions } from '../../../shared/model/export';
import {
  CITATION_NODE_TYPE,
  CLAIM_NODE_TYPE,
  EXCERPT_NODE_TYPE,
  type ClaimEvidenceSnapshot,
  type SerializedCitationNode,
  type SerializedClaimNode,
  type SerializedExcerptNode,
  type SourceSnapshot,
} from '../../../shared/note/serializedNodes';
import { UNSUPPORTED_NODE_TYPE } from '../../../shared/note/registeredNodes';
import { ownText } from '../../../shared/note/nodes';
import { markingsUnder } from './markingRollUp';
import type { PdfBlock, PdfDocDefinition, PdfInline } from './pdfTypes';
import { contentWidth, PALETTE, pageMargins, pdfStyles, SANS, SERIF } from './pdfTheme';

/** Everything the converter needs; it touches no file, clock or database. */
export interface NoteForExport {
  title: string;
  /** The parsed `root` of the serialized editor state. */
  root: JsonNode;
}

export interface ConvertInput {
  note: NoteForExport;
  options: ExportOptions;
  /** The banner to print ('' for none), already rolled up and confirmed. */
  banner: string;
  scheme: MarkingScheme;
  /** When the export was made: printed under the title and stored as the creation date. */
  exportedAt: Date;
  keywords: string[];
  /** Formatted bibliography entries by citation number (see sourceEntries.ts). */
  sourceEntries: Map<number, PdfInline[]>;
  /** "All 14 quotations verified…", printed under the byline; only when everything verified. */
  integrityStatement?: string | null;
}

export interface ConvertOutput {
  docDefinition: PdfDocDefinition;
  warnings: string[];
  /** Filled in while pdfmake lays out the document (the footer sees the page count). */
  layout: { pageCount: number };
}

const FORMAT = {
  bold: 1,
  italic: 2,
  strikethrough: 4,
  underline: 8,
  code: 16,
  subscript: 32,
  superscript: 64,
  highlight: 128,
} as const;

const SAFE_LINK = /^(https?:|mailto:)/i;
const BLUF_HEADING = /^(bluf|bottom line( up front)?|summary|key judg(e)?ments?)\s*:?$/i;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * "2025-06-03" → "June 3, 2025", as the Chicago sources list writes dates, so a quote's
 * attribution and its entry agree. Partial dates keep what they have; other text is kept as is.
 */
export function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const month = m[2] ? MONTHS[Number(m[2]) - 1] : undefined;
  if (month && m[3]) return `${month} ${Number(m[3])}, ${m[1]}`;
  return [month, m[1]].filter(Boolean).join(' ');
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** All the text under a node, for unknown nodes and headings. */
export function plainText(node: JsonNode): string {
  if (typeof node.text === 'string') return node.text;
  if (node.type === 'linebreak') return '\n';
  if (node.type === 'tab') return '\t';
  const own = ownText(node);
  if (own !== null) return own;
  if (!node.children?.length) {
    // A leaf we do not know (an image, say) may still carry words worth printing.
    const words = [node.altText, node.alt, node.caption, node.title].find(
      (v): v is string => typeof v === 'string' && v.trim() !== '',
    );
    return words ?? '';
  }
  return node.children.map(plainText).join('');
}

function headingLevel(node: JsonNode): number {
  return Number(/^h([1-6])$/.exec(String(node.tag ?? 'h2'))?.[1] ?? '2');
}

/** Short enough to move to the next page together with the heading above it. */
function keepsWithHeading(node: JsonNode): boolean {
  if (node.type === 'list')
    return (node.children?.length ?? 0) <= 3 && plainText(node).length < 500;
  return plainText(node).length < 700;
}

class Converter {
  readonly warnings: string[] = [];
  private readonly unknownSeen = new Set<string>();
  private readonly numbering;
  private readonly claims: SerializedClaimNode[] = [];

  /** The highest heading level used at the top of the note (h2 in the templates). */
  private readonly topHeadingLevel: number;

  constructor(private readonly input: ConvertInput) {
    this.numbering = numberCitations(input.note.root);
    const levels = (input.note.root.children ?? [])
      .filter((n) => n.type === 'heading')
      .map(headingLevel);
    this.topHeadingLevel = levels.length ? Math.min(...levels) : 1;
  }

  /** A node this version kept without knowing it: a visible placeholder and a warning. */
  private unsupported(node: JsonNode): PdfInline {
    const type =
      typeof node.originalType === 'string' && node.originalType ? node.originalType : 'unknown';
    const key = `${UNSUPPORTED_NODE_TYPE}:${type}`;
    if (!this.unknownSeen.has(key)) {
      this.unknownSeen.add(key);
      this.warnings.push(
        `An unsupported block ("${type.slice(0, 60)}") could not be printed; a placeholder stands in its place.`,
      );
    }
    return {
      text: `[Unsupported block: ${type.slice(0, 60)}]`,
      italics: true,
      color: PALETTE.muted,
    };
  }

  private warnUnknown(type: string): void {
    if (this.unknownSeen.has(type)) return;
    this.unknownSeen.add(type);
    this.warnings.push(`Unknown element "${type}" was printed as plain text.`);
  }

  // ---- inline ------------------------------------------------------------------------------

  private citationMark(
    source: SourceSnapshot | undefined,
    previousWasCitation: boolean,
  ): PdfInline {
    const n = source ? this.numbering.numberOf(source.sourceId) : undefined;
    const label = n === undefined ? '?' : String(n);
    return {
      text: (previousWasCitation ? ',' : '') + label,
      sup: true,
      // pdfmake sets superscripts at 58 % of the run's size: 13 pt gives a legible 7.5 pt.
      fontSize: 13,
      color: PALETTE.accent,
      ...(this.input.options.sourcesList && n !== undefined
        ? { linkToDestination: `source-${n}` }
        : {}),
    };
  }

  private textRun(node: JsonNode, inherited: Partial<PdfInline>): PdfInline {
    const format = typeof node.format === 'number' ? node.format : 0;
    const decoration: ('underline' | 'lineThrough')[] = [...(inherited.decoration ?? [])];
    if (format & FORMAT.underline) decoration.push('underline');
    if (format & FORMAT.strikethrough) decoration.push('lineThrough');
    const run: PdfInline = { ...inherited, text: String(node.text ?? '') };
    if (format & FORMAT.bold) run.bold = true;
    if (format & FORMAT.italic) run.italics = true;
    if (decoration.length) run.decoration = decoration;
    if (format & FORMAT.code) {
      run.font = SANS;
      run.background = PALETTE.codeBackground;
      run.fontSize = 9.5;
    }
    if (format & FORMAT.subscript) run.sub = true;
    if (format & FORMAT.superscript) run.sup = true;
    if (format & FORMAT.highlight) run.background = PALETTE.highlight;
    return run;
  }

  inlines(nodes: readonly JsonNode[], inherited: Partial<PdfInline> = {}): PdfInline[] {
    const runs: PdfInline[] = [];
    let previousWasCitation = false;
    for (const node of nodes) {
      const isCitation = node.type === CITATION_NODE_TYPE;
      switch (node.type) {
        case 'text':
        case 'hashtag':
        case 'code-highlight':
          runs.push(this.textRun(node, inherited));
          break;
        case 'linebreak':
          runs.push({ ...inherited, text: '\n' });
          break;
        case 'tab':
          runs.push({ ...inherited, text: '\u2003' });
          break;
        case 'link':
        case 'autolink': {
          const url = typeof node.url === 'string' ? node.url : '';
          const style: Partial<PdfInline> = SAFE_LINK.test(url)
            ? { link: url, color: PALETTE.link, decoration: ['underline'] }
            : {};
          runs.push(...this.inlines(node.children ?? [], { ...inherited, ...style }));
          break;
        }
        case UNSUPPORTED_NODE_TYPE:
          runs.push({ ...inherited, ...this.unsupported(node) });
          break;
        case CITATION_NODE_TYPE:
          runs.push(
            this.citationMark(
              (node as unknown as SerializedCitationNode).source,
              previousWasCitation,
            ),
          );
          break;
        default:
          if (node.children?.length) {
            this.warnUnknown(node.type);
            runs.push(...this.inlines(node.children, inherited));
          } else {
            const text = plainText(node);
            this.warnUnknown(node.type);
            if (text) runs.push({ ...inherited, text });
          }
      }
      previousWasCitation = isCitation;
    }
    return runs;
  }

  // ---- blocks ------------------------------------------------------------------------------

  private portionPrefix(node: JsonNode): PdfInline[] {
    const { portionMarks, markEveryPortion } = this.input.options;
    if (!portionMarks && !markEveryPortion) return [];
    const markings = markingsUnder(node);
    const strictest =
      strictestMarking(this.input.scheme, markings) ??
      markings[0] ??
      (markEveryPortion ? lowestMarking(this.input.scheme) : undefined);
    if (!strictest) return [];
    const colors = markingColors(this.input.scheme, strictest);
    return [
      {
        text: `\u2009${portionMark(markingLabel(strictest))}\u2009`,
        bold: true,
        font: SANS,
        fontSize: 8.5,
        color: colors.text,
        background: colors.background,
      },
      { text: ' ' },
    ];
  }

  private paragraph(node: JsonNode, style = 'body'): PdfBlock {
    const runs = this.inlines(node.children ?? []);
    if (runs.length === 0) return { text: ' ', style: 'spacer' };
    return { text: [...this.portionPrefix(node), ...runs], style };
  }

  /** Contents entry for a heading `depth` levels below the note's top heading level (0 = top). */
  private tocEntry(depth: number): Record<string, unknown> {
    if (!this.input.options.toc || depth > 2) return {};
    return { tocItem: true, tocStyle: `toc${depth + 1}`, tocMargin: [depth * 14, 2, 0, 2] };
  }

  private heading(node: JsonNode): PdfBlock {
    const level = headingLevel(node);
    return {
      text: [...this.portionPrefix(node), ...this.inlines(node.children ?? [])],
      style: `h${Math.min(3, level)}`,
      headlineLevel: level,
      ...this.tocEntry(level - this.topHeadingLevel),
    };
  }

  private leftRuled(stack: PdfBlock[], barColor: string, marginBottom = 10): PdfBlock {
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

  private quote(node: JsonNode): PdfBlock {
    return this.leftRuled(
      [
        {
          text: [...this.portionPrefix(node), ...this.inlines(node.children ?? [])],
          style: 'quote',
        },
      ],
      PALETTE.rule,
    );
  }

  private attribution(source: SourceSnapshot | undefined, locator: string | null): PdfInline[] {
    if (!source) return [{ text: '— source unknown' }];
    const parts: PdfInline[] = [{ text: '— ' }];
    const push = (text: string | null | undefined, extra: Partial<PdfInline> = {}) => {
      if (!text) return;
      if (parts.length > 1) parts.push({ text: ', ' });
      parts.push({ text, ...extra });
    };
    push(source.author);
    push(source.outlet ?? (source.author ? null : source.title), { italics: true });
    push(formatDate(source.publishedAt));
    push(locator);
    return parts;
  }

  private excerpt(node: JsonNode): PdfBlock {
    const excerpt = node as unknown as SerializedExcerptNode;
    return this.leftRuled(
      [
        {
          text: [
            ...this.portionPrefix(node),
            { text: `“${excerpt.quote ?? ''}”` },
            this.citationMark(excerpt.source, false),
          ],
          style: 'excerpt',
        },
        { text: this.attribution(excerpt.source, excerpt.locator), style: 'attribution' },
      ],
      PALETTE.accent,
    );
  }

  private evidenceLine(evidence: readonly ClaimEvidenceSnapshot[]): PdfInline[] {
    const line: PdfInline[] = [];
    for (const relation of ['supports', 'contradicts'] as const) {
      const items = evidence.filter((e) => e.relation === relation);
      if (items.length === 0) continue;
      if (line.length) line.push({ text: '   ' });
      line.push({ text: relation === 'supports' ? 'Supported by ' : 'Contradicted by ' });
      items.forEach((e, i) => line.push(this.citationMark(e.source, i > 0)));
    }
    return line;
  }

  private claim(node: JsonNode): PdfBlock {
    const claim = node as unknown as SerializedClaimNode;
    this.claims.push(claim);
    const judged = readClaimJudgments(claim);
    const assessment = formatAssessment(judged.likelihood, judged.confidence);
    const label = assessment ? `CLAIM · ${assessment.toUpperCase()}` : 'CLAIM';
    const evidence = this.evidenceLine(claim.evidence ?? []);
    return {
      table: {
        widths: ['*'],
        body: [
          [
            {
              stack: [
                { text: [...this.portionPrefix(node), { text: label }], style: 'claimLabel' },
                { text: claim.text ?? '', style: 'claim' },
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
      unbreakable: (claim.text ?? '').length < 1200,
    };
  }

  private listItem(item: JsonNode, checklist: boolean): PdfBlock {
    const children = item.children ?? [];
    const nested = children.filter((c) => c.type === 'list');
    const inline = children.filter((c) => c.type !== 'list');
    const blocks: PdfBlock[] = [];
    if (inline.length || nested.length === 0) {
      const box: PdfInline[] = checklist
        ? [{ text: item.checked === true ? '[x] ' : '[ ] ', font: SANS, color: PALETTE.muted }]
        : [];
      const mark = this.portionPrefix({ ...item, children: inline });
      blocks.push({ text: [...mark, ...box, ...this.inlines(inline)], style: 'listItem' });
    }
    for (const list of nested)
      blocks.push({ ...(this.list(list) as object), margin: [4, 2, 0, 0] });
    return blocks.length === 1 ? blocks[0]! : { stack: blocks };
  }

  private list(node: JsonNode): PdfBlock {
    const kind = String(node.listType ?? (node.tag === 'ol' ? 'number' : 'bullet'));
    const items = (node.children ?? [])
      .filter((c) => {
        if (c.type === 'listitem') return true;
        this.warnUnknown(c.type);
        return true;
      })
      .map((c) => (c.type === 'listitem' ? this.listItem(c, kind === 'check') : this.block(c)));
    if (kind === 'number') {
      const start = typeof node.start === 'number' && node.start > 0 ? node.start : 1;
      return { ol: items, start, style: 'list', markerColor: PALETTE.muted };
    }
    return {
      ul: items,
      style: 'list',
      markerColor: PALETTE.muted,
      ...(kind === 'check' ? { type: 'none' } : {}),
    };
  }

  private rule(): PdfBlock {
    return {
      canvas: [
        {
          type: 'line',
          x1: 0,
          y1: 0,
          x2: contentWidth(this.input.options.paper),
          y2: 0,
          lineWidth: 0.5,
          lineColor: PALETTE.rule,
        },
      ],
      margin: [0, 6, 0, 12],
    };
  }

  block(node: JsonNode): PdfBlock {
    switch (node.type) {
      case 'paragraph':
        return this.paragraph(node);
      case 'heading':
        return this.heading(node);
      case 'quote':
        return this.quote(node);
      case 'list':
        return this.list(node);
      case 'listitem':
        return this.listItem(node, false);
      case 'horizontalrule':
        return this.rule();
      case 'code':
        return { text: plainText(node), style: 'code', preserveLeadingSpaces: true };
      case EXCERPT_NODE_TYPE:
        return this.excerpt(node);
      case CLAIM_NODE_TYPE:
        return this.claim(node);
      case 'text':
      case 'link':
      case 'autolink':
      case 'linebreak':
      case 'tab':
      case CITATION_NODE_TYPE:
        return { text: this.inlines([node]), style: 'body' };
      case UNSUPPORTED_NODE_TYPE:
        return { text: [this.unsupported(node)], style: 'body' };
      default: {
        this.warnUnknown(node.type);
        const text = plainText(node);
        if (node.children?.some((c) => c.type === 'text' || c.type === 'link')) {
          return { text: this.inlines(node.children), style: 'body' };
        }
        if (node.children?.length) return { stack: node.children.map((c) => this.block(c)) };
        return { text: text || ' ', style: 'body' };
      }
    }
  }

  /** Top-level blocks; the BLUF / summary section is set in a shaded box. */
  body(): PdfBlock[] {
    const blocks = this.input.note.root.children ?? [];
    const out: PdfBlock[] = [];
    let summaryBoxed = false;
    for (let i = 0; i < blocks.length; i++) {
      const node = blocks[i]!;
      // Only the first summary section is boxed ("BLUF" then "Key judgments" reads as one).
      if (!summaryBoxed && node.type === 'heading' && BLUF_HEADING.test(plainText(node).trim())) {
        summaryBoxed = true;
        const level = String(node.tag ?? 'h2');
        const section: JsonNode[] = [];
        while (i + 1 < blocks.length) {
          const next = blocks[i + 1]!;
          if (next.type === 'heading' && String(next.tag ?? 'h2') <= level) break;
          section.push(next);
          i++;
        }
        out.push(this.summaryBox(plainText(node).trim(), section));
        continue;
      }
      const next = blocks[i + 1];
      if (node.type === 'heading' && next && next.type !== 'heading' && keepsWithHeading(next)) {
        // Keep a heading with the start of its section: never alone at the foot of a page.
        out.push({ stack: [this.block(node), this.block(next)], unbreakable: true });
        i++;
        continue;
      }
      out.push(this.block(node));
    }
    return out;
  }

  private summaryBox(label: string, section: JsonNode[]): PdfBlock {
    return {
      table: {
        widths: ['*'],
        body: [
          [
            {
              stack: [
                { text: label.toUpperCase(), style: 'summaryLabel' },
                ...section.map((n) => this.block(n)),
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

  // ---- back matter -------------------------------------------------------------------------

  sources(): PdfBlock[] {
    if (!this.input.options.sourcesList || this.numbering.sources.length === 0) return [];
    const heading: PdfBlock = {
      text: 'Sources',
      style: 'h2',
      margin: [0, 18, 0, 8],
      ...this.tocEntry(0),
    };
    const entries = this.numbering.sources.map(({ number, source }) => ({
      id: `source-${number}`,
      columns: [
        { text: `${number}.`, width: 22, style: 'sourceNumber' },
        { text: this.input.sourceEntries.get(number) ?? [{ text: source.title }], style: 'source' },
      ],
      columnGap: 4,
      margin: [0, 0, 0, 5],
    }));
    return [this.rule(), heading, ...entries];
  }

  annex(): PdfBlock[] {
    if (!this.input.options.evidenceAnnex || this.claims.length === 0) return [];
    const out: PdfBlock[] = [
      {
        text: 'Evidence annex',
        style: 'h2',
        margin: [0, 18, 0, 8],
        ...this.tocEntry(0),
      },
    ];
    this.claims.forEach((claim, i) => {
      const judged = readClaimJudgments(claim);
      out.push({
        text: [
          { text: `Claim ${i + 1}. `, bold: true },
          { text: claim.text ?? '' },
          ...(judged.likelihood
            ? [
                {
                  text: ` Likelihood: ${formatLikelihood(judged.likelihood).toLowerCase()}.`,
                  italics: true,
                },
              ]
            : []),
          ...(judged.confidence
            ? [{ text: ` Analytic confidence: ${judged.confidence}.`, italics: true }]
            : []),
        ],
        style: 'body',
        margin: [0, 6, 0, 4],
      });
      if (!claim.evidence?.length) {
        out.push({ text: 'No evidence linked.', style: 'attribution', margin: [12, 0, 0, 6] });
      }
      for (const e of claim.evidence ?? []) {
        out.push(
          this.leftRuled(
            [
              {
                text: e.relation === 'supports' ? 'SUPPORTS' : 'CONTRADICTS',
                style: 'claimLabel',
                color: e.relation === 'supports' ? PALETTE.supports : PALETTE.contradicts,
              },
              {
                text: [{ text: `“${e.quote}”` }, this.citationMark(e.source, false)],
                style: 'excerpt',
              },
              {
                text: [
                  ...this.attribution(e.source, e.locator),
                  ...(describeGrading(e.reliability, e.credibility)
                    ? [{ text: ` · Grading ${describeGrading(e.reliability, e.credibility)}` }]
                    : []),
                ],
                style: 'attribution',
              },
            ],
            e.relation === 'supports' ? PALETTE.supports : PALETTE.contradicts,
            8,
          ),
        );
      }
    });
    return out;
  }
}

function titleBlock(input: ConvertInput): PdfBlock[] {
  const byline = [input.options.author, formatDate(isoDay(input.exportedAt))]
    .filter(Boolean)
    .join('  ·  ');
  return [
    { text: input.note.title.trim() || 'Untitled briefing', style: 'title' },
    ...(byline ? [{ text: byline, style: 'byline' }] : []),
    ...(input.integrityStatement ? [{ text: input.integrityStatement, style: 'byline' }] : []),
    {
      canvas: [
        { type: 'line', x1: 0, y1: 0, x2: 60, y2: 0, lineWidth: 2, lineColor: PALETTE.accent },
      ],
      margin: [0, 4, 0, 18],
    },
  ];
}

/**
 * Converts a saved note to a pdfmake document definition: title block, optional contents,
 * the body, the Sources list and the optional evidence annex, with the banner marking centred
 * in every page's header and footer. Pure: the same input gives the same definition.
 */
export function noteToPdf(input: ConvertInput): ConvertOutput {
  const converter = new Converter(input);
  const layout = { pageCount: 0 };
  const body = converter.body();
  const content: PdfBlock[] = [
    ...titleBlock(input),
    ...(input.options.toc
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
    ...body,
    ...converter.sources(),
    ...converter.annex(),
  ];
  const banner = input.banner.trim();
  const title = input.note.title.trim() || 'Untitled briefing';
  const bannerColors = markingColors(input.scheme, banner);
  // The label in its own colour on its background, centred: a one-cell table sized to the text.
  const bannerBlock = (top: boolean): PdfBlock => ({
    columns: [
      { width: '*', text: '' },
      {
        width: 'auto',
        table: {
          body: [
            [
              {
                text: markingLabel(banner),
                style: 'banner',
                color: bannerColors.text,
                fillColor: bannerColors.background,
              },
            ],
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
  });
  const docDefinition: PdfDocDefinition = {
    pageSize: input.options.paper === 'Letter' ? 'LETTER' : 'A4',
    pageMargins: pageMargins(),
    info: {
      title,
      author: input.options.author || 'Briefwright',
      subject: banner ? `${banner} briefing` : 'Briefing',
      keywords: [...new Set([...input.keywords, ...(banner ? [banner] : [])])].join(', '),
      creator: 'Briefwright',
      producer: 'Briefwright (pdfmake)',
      creationDate: input.exportedAt,
    },
    header: () => (banner ? bannerBlock(true) : null),
    footer: (currentPage, pageCount) => {
      layout.pageCount = pageCount;
      return {
        stack: [
          ...(banner ? [bannerBlock(false)] : []),
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
        margin: [0, 8, 0, 0],
      };
    },
    content,
    styles: pdfStyles(),
    defaultStyle: { font: SERIF, fontSize: 10.5, lineHeight: 1.3, color: PALETTE.text },
    language: 'en',
  };
  return { docDefinition, warnings: converter.warnings, layout };
}
