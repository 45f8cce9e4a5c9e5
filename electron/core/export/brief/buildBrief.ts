import { describeGrading } from '../../../../shared/admiralty';
import { readClaimJudgments } from '../../../../shared/icd203/claimJudgments';
import { formatAssessment, formatLikelihood } from '../../../../shared/icd203/scale';
import {
  lowestMarking,
  markingColors,
  markingLabel,
  portionMark,
  strictestMarking,
  type MarkingScheme,
} from '../../../../shared/markings';
import { UNSUPPORTED_NODE_TYPE } from '../../../../shared/note/registeredNodes';
import {
  claimNode,
  excerptNode,
  citationNode,
  ownText,
  type JsonNode,
} from '../../../../shared/note/nodes';
import type { SerializedClaimNode, SourceSnapshot } from '../../../../shared/note/serializedNodes';
import { markingsUnder } from '../markingRollUp';
import type {
  AnnexClaim,
  Block,
  CitationCluster,
  CitedItem,
  EvidenceGroup,
  Inline,
  ListBlock,
  ListItem,
  PortionMark,
  TextRun,
  Brief,
} from './model';

export interface BriefInput {
  title: string;
  /** The parsed `root` of the serialized editor state. */
  root: JsonNode;
  author: string;
  exportedAt: Date;
  banner: string;
  scheme: MarkingScheme;
  portionMarks: boolean;
  /** Mark every paragraph, the unmarked ones with the scheme's lowest level. */
  markEveryPortion?: boolean;
  evidenceAnnex: boolean;
  /** "All 14 quotations verified…", printed under the byline; only when everything verified. */
  integrityStatement?: string | null;
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
const TEXT_TYPES = new Set(['text', 'hashtag', 'code-highlight']);

/** All the text under a node, for unknown nodes, headings and code. */
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

export function headingLevel(node: JsonNode): number {
  return Number(/^h([1-6])$/.exec(String(node.tag ?? 'h2'))?.[1] ?? '2');
}

/** Short enough to move to the next page together with the heading above it. */
function keepsWithHeading(node: JsonNode): boolean {
  if (node.type === 'list')
    return (node.children?.length ?? 0) <= 3 && plainText(node).length < 500;
  return plainText(node).length < 700;
}

type Inherited = Omit<TextRun, 'kind' | 'text'>;

class BriefBuilder {
  readonly warnings: string[] = [];
  readonly clusters: CitationCluster[] = [];
  private readonly unknownSeen = new Set<string>();
  private readonly sources = new Map<number, SourceSnapshot>();
  private readonly claims: SerializedClaimNode[] = [];
  private readonly topHeadingLevel: number;

  constructor(private readonly input: BriefInput) {
    const levels = (input.root.children ?? [])
      .filter((n) => n.type === 'heading')
      .map(headingLevel);
    this.topHeadingLevel = levels.length ? Math.min(...levels) : 1;
  }

  private warnUnknown(type: string): void {
    if (this.unknownSeen.has(type)) return;
    this.unknownSeen.add(type);
    this.warnings.push(`Unknown element "${type}" was printed as plain text.`);
  }

  private cluster(items: CitedItem[]): number {
    for (const item of items)
      if (!this.sources.has(item.source.sourceId))
        this.sources.set(item.source.sourceId, item.source);
    const id = this.clusters.length;
    this.clusters.push({ id, items });
    return id;
  }

  private portion(node: JsonNode): PortionMark {
    const { portionMarks, markEveryPortion, scheme } = this.input;
    if (!portionMarks && !markEveryPortion) return null;
    const markings = markingsUnder(node);
    const strictest =
      strictestMarking(scheme, markings) ??
      markings[0] ??
      (markEveryPortion ? lowestMarking(scheme) : undefined);
    if (!strictest) return null;
    return { text: portionMark(markingLabel(strictest)), colors: markingColors(scheme, strictest) };
  }

  /** A node this version kept without knowing it: a visible placeholder and one warning. */
  private unsupported(node: JsonNode): Inline {
    const type =
      typeof node.originalType === 'string' && node.originalType ? node.originalType : 'unknown';
    const key = `${UNSUPPORTED_NODE_TYPE}:${type}`;
    if (!this.unknownSeen.has(key)) {
      this.unknownSeen.add(key);
      this.warnings.push(
        `An unsupported block ("${type.slice(0, 60)}") could not be printed; a placeholder stands in its place.`,
      );
    }
    return { kind: 'placeholder', text: `[Unsupported block: ${type.slice(0, 60)}]` };
  }

  // ---- inline ------------------------------------------------------------------------------

  private textRun(node: JsonNode, inherited: Inherited): TextRun {
    const format = typeof node.format === 'number' ? node.format : 0;
    const run: TextRun = { ...inherited, kind: 'text', text: String(node.text ?? '') };
    if (format & FORMAT.bold) run.bold = true;
    if (format & FORMAT.italic) run.italic = true;
    if (format & FORMAT.underline) run.underline = true;
    if (format & FORMAT.strikethrough) run.strike = true;
    if (format & FORMAT.code) run.code = true;
    if (format & FORMAT.subscript) run.sub = true;
    if (format & FORMAT.superscript) run.sup = true;
    if (format & FORMAT.highlight) run.highlight = true;
    return run;
  }

  inlines(nodes: readonly JsonNode[], inherited: Inherited = {}): Inline[] {
    const runs: Inline[] = [];
    let open: CitedItem[] | null = null;
    const close = () => {
      if (open) runs.push({ kind: 'cite', cluster: this.cluster(open) });
      open = null;
    };
    for (const node of nodes) {
      const cited = citationNode.read(node);
      if (cited) {
        // Markers side by side are one place in the text: one cluster, as CSL expects.
        if (cited.source) {
          open ??= [];
          open.push({
            source: cited.source,
            locator: cited.locator ?? null,
            excerptId: cited.excerptId,
          });
        }
        continue;
      }
      close();
      if (node.type === UNSUPPORTED_NODE_TYPE) runs.push(this.unsupported(node));
      else if (TEXT_TYPES.has(node.type)) runs.push(this.textRun(node, inherited));
      else if (node.type === 'linebreak') runs.push({ ...inherited, kind: 'text', text: '\n' });
      else if (node.type === 'tab') runs.push({ ...inherited, kind: 'text', text: '\u2003' });
      else if (node.type === 'link' || node.type === 'autolink') {
        const url = typeof node.url === 'string' ? node.url : '';
        const style: Inherited = SAFE_LINK.test(url) ? { link: url } : {};
        runs.push(...this.inlines(node.children ?? [], { ...inherited, ...style }));
      } else if (node.children?.length) {
        this.warnUnknown(node.type);
        runs.push(...this.inlines(node.children, inherited));
      } else {
        this.warnUnknown(node.type);
        const text = plainText(node);
        if (text) runs.push({ ...inherited, kind: 'text', text });
      }
    }
    close();
    return runs;
  }

  // ---- blocks ------------------------------------------------------------------------------

  private listItem(item: JsonNode, checklist: boolean): ListItem {
    const children = item.children ?? [];
    const inline = children.filter((c) => c.type !== 'list');
    return {
      runs: this.inlines(inline),
      ...(checklist ? { checked: item.checked === true } : {}),
      portion: this.portion({ ...item, children: inline }),
      lists: children.filter((c) => c.type === 'list').map((c) => this.list(c)),
    };
  }

  private list(node: JsonNode): ListBlock {
    const kind = String(node.listType ?? (node.tag === 'ol' ? 'number' : 'bullet'));
    const listType = kind === 'number' || kind === 'check' ? kind : 'bullet';
    const items = (node.children ?? []).map((c) => {
      if (c.type !== 'listitem') this.warnUnknown(c.type);
      return this.listItem(c, listType === 'check');
    });
    const start = typeof node.start === 'number' && node.start > 0 ? node.start : 1;
    return { kind: 'list', listType, start, items };
  }

  private claim(claim: SerializedClaimNode, node: JsonNode): Block {
    this.claims.push(claim);
    const evidence = Array.isArray(claim.evidence) ? claim.evidence : [];
    const groups: EvidenceGroup[] = [];
    for (const relation of ['supports', 'contradicts'] as const) {
      const items = evidence.filter((e) => e.relation === relation && e.source);
      if (items.length === 0) continue;
      groups.push({
        relation,
        cluster: this.cluster(
          items.map((e) => ({ source: e.source, locator: e.locator, excerptId: e.excerptId })),
        ),
      });
    }
    const judged = readClaimJudgments(claim);
    return {
      kind: 'claim',
      number: this.claims.length,
      text: claim.text ?? '',
      assessment: formatAssessment(judged.likelihood, judged.confidence),
      groups,
      portion: this.portion(node),
    };
  }

  block(node: JsonNode): Block {
    const excerpt = excerptNode.read(node);
    if (excerpt) {
      const source = excerpt.source;
      return {
        kind: 'excerpt',
        quote: excerpt.quote ?? '',
        cluster: this.cluster(
          source ? [{ source, locator: excerpt.locator, excerptId: excerpt.excerptId }] : [],
        ),
        source,
        locator: excerpt.locator ?? null,
        portion: this.portion(node),
      };
    }
    const claim = claimNode.read(node);
    if (claim) return this.claim(claim, node);
    switch (node.type) {
      case 'paragraph':
        return {
          kind: 'paragraph',
          runs: this.inlines(node.children ?? []),
          portion: this.portion(node),
        };
      case 'heading': {
        const level = headingLevel(node);
        return {
          kind: 'heading',
          level,
          depth: level - this.topHeadingLevel,
          runs: this.inlines(node.children ?? []),
          portion: this.portion(node),
        };
      }
      case 'quote':
        return {
          kind: 'quote',
          runs: this.inlines(node.children ?? []),
          portion: this.portion(node),
        };
      case 'list':
        return this.list(node);
      case 'listitem':
        return { kind: 'list', listType: 'bullet', start: 1, items: [this.listItem(node, false)] };
      case 'horizontalrule':
        return { kind: 'rule' };
      case 'code':
        return { kind: 'code', text: plainText(node) };
      case UNSUPPORTED_NODE_TYPE:
      case 'text':
      case 'link':
      case 'autolink':
      case 'linebreak':
      case 'tab':
      case citationNode.type:
        return { kind: 'paragraph', runs: this.inlines([node]), portion: null };
      default: {
        this.warnUnknown(node.type);
        if (node.children?.some((c) => c.type === 'text' || c.type === 'link'))
          return { kind: 'paragraph', runs: this.inlines(node.children), portion: null };
        if (node.children?.length)
          return {
            kind: 'keep',
            together: false,
            blocks: node.children.map((c) => this.block(c)),
          };
        const text = plainText(node);
        return { kind: 'paragraph', runs: text ? [{ kind: 'text', text }] : [], portion: null };
      }
    }
  }

  /** Top-level blocks; the first BLUF / summary section becomes a summary block. */
  body(): Block[] {
    const nodes = this.input.root.children ?? [];
    const out: Block[] = [];
    let summarised = false;
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      // Only the first summary section is set apart ("BLUF" then "Key judgments" reads as one).
      if (!summarised && node.type === 'heading' && BLUF_HEADING.test(plainText(node).trim())) {
        summarised = true;
        const level = String(node.tag ?? 'h2');
        const section: JsonNode[] = [];
        while (i + 1 < nodes.length) {
          const next = nodes[i + 1]!;
          if (next.type === 'heading' && String(next.tag ?? 'h2') <= level) break;
          section.push(next);
          i++;
        }
        out.push({
          kind: 'summary',
          label: plainText(node).trim(),
          blocks: section.map((n) => this.block(n)),
        });
        continue;
      }
      const next = nodes[i + 1];
      if (node.type === 'heading' && next && next.type !== 'heading' && keepsWithHeading(next)) {
        // A heading stays with the start of its section: never alone at the foot of a page.
        out.push({ kind: 'keep', together: true, blocks: [this.block(node), this.block(next)] });
        i++;
        continue;
      }
      out.push(this.block(node));
    }
    return out;
  }

  /** Each claim again with every piece of its evidence, cited after the body's citations. */
  annex(): AnnexClaim[] {
    if (!this.input.evidenceAnnex) return [];
    return this.claims.map((claim, i) => {
      const judged = readClaimJudgments(claim);
      return {
        number: i + 1,
        text: claim.text ?? '',
        likelihood: judged.likelihood ? formatLikelihood(judged.likelihood) : null,
        confidence: judged.confidence,
        evidence: (Array.isArray(claim.evidence) ? claim.evidence : [])
          .filter((e) => e.source)
          .map((e) => ({
            relation: e.relation,
            snapshot: e,
            grading: describeGrading(e.reliability, e.credibility),
            cluster: this.cluster([
              { source: e.source, locator: e.locator, excerptId: e.excerptId },
            ]),
          })),
      };
    });
  }

  citedSources(): SourceSnapshot[] {
    return [...this.sources.values()];
  }
}

/**
 * Walks a saved note once into the format-neutral briefing. Pure: the same note and options give
 * the same brief, and nothing here knows about pages, fonts or file formats.
 */
export function buildBrief(input: BriefInput): Brief {
  const builder = new BriefBuilder(input);
  const blocks = builder.body();
  const annex = builder.annex();
  return {
    title: input.title.trim() || 'Untitled briefing',
    author: input.author,
    exportedAt: input.exportedAt,
    banner: input.banner.trim() ? markingLabel(input.banner) : '',
    bannerColors: markingColors(input.scheme, input.banner.trim()),
    integrityStatement: input.integrityStatement ?? null,
    blocks,
    clusters: builder.clusters,
    sources: builder.citedSources(),
    annex,
    warnings: builder.warnings,
  };
}
