import type { MarkingColors } from '../../../../shared/markings';
import type {
  ClaimEvidenceSnapshot,
  EvidenceRelation,
  SourceSnapshot,
} from '../../../../shared/note/serializedNodes';

/**
 * The format-neutral briefing: what a note says, in the order it says it, with every citation
 * gathered into numbered clusters. The PDF and Word renderers read only this.
 */

/** A stretch of text with one set of styles. */
export interface TextRun {
  kind: 'text';
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strike?: boolean;
  code?: boolean;
  sub?: boolean;
  sup?: boolean;
  highlight?: boolean;
  /** A web or mail address (others are dropped before they get here). */
  link?: string;
}

/** Where a citation cluster sits in running text. */
export interface CitationRun {
  kind: 'cite';
  cluster: number;
}

/** A node this version kept without knowing it: printed as a visible placeholder. */
export interface PlaceholderRun {
  kind: 'placeholder';
  text: string;
}

export type Inline = TextRun | CitationRun | PlaceholderRun;

/** One cited item of a cluster: a source, perhaps a passage of it, perhaps a place in it. */
export interface CitedItem {
  source: SourceSnapshot;
  locator: string | null;
  excerptId: number | null;
}

/** Citations that stand together at one place (adjacent markers form one cluster). */
export interface CitationCluster {
  /** 0-based, in reading order: body first, then the evidence annex. */
  id: number;
  items: CitedItem[];
}

/** The short portion mark of a block, e.g. "(TLP:AMBER)", in its marking's colours, or null. */
export type PortionMark = { text: string; colors: MarkingColors } | null;

export interface ParagraphBlock {
  kind: 'paragraph';
  runs: Inline[];
  portion: PortionMark;
}

export interface HeadingBlock {
  kind: 'heading';
  /** h1 = 1 … h6 = 6, as written. */
  level: number;
  /** Levels below the note's top heading level (0 = top), for contents entries. */
  depth: number;
  runs: Inline[];
  portion: PortionMark;
}

export interface QuoteBlock {
  kind: 'quote';
  runs: Inline[];
  portion: PortionMark;
}

export interface ListItem {
  runs: Inline[];
  /** For check lists: ticked or not; undefined for other lists. */
  checked?: boolean;
  portion: PortionMark;
  lists: ListBlock[];
}

export interface ListBlock {
  kind: 'list';
  listType: 'bullet' | 'number' | 'check';
  start: number;
  items: ListItem[];
}

export interface RuleBlock {
  kind: 'rule';
}

export interface CodeBlock {
  kind: 'code';
  text: string;
}

/** A quoted excerpt: its words, its citation and an attribution line under it. */
export interface ExcerptBlock {
  kind: 'excerpt';
  quote: string;
  cluster: number;
  source: SourceSnapshot;
  locator: string | null;
  portion: PortionMark;
}

export interface ClaimEvidence {
  relation: EvidenceRelation;
  cluster: number;
  snapshot: ClaimEvidenceSnapshot;
  /** The evidence's Admiralty grading in words, or ''. */
  grading: string;
}

/** "Supported by …" or "Contradicted by …": one cluster for all the evidence of one relation. */
export interface EvidenceGroup {
  relation: EvidenceRelation;
  cluster: number;
}

export interface ClaimBlock {
  kind: 'claim';
  /** 1-based, the claim's number in the evidence annex. */
  number: number;
  text: string;
  /** "Likely (55–80%); moderate confidence", or '' when the claim has neither. */
  assessment: string;
  groups: EvidenceGroup[];
  portion: PortionMark;
}

/** The BLUF / summary section, set apart from the body. */
export interface SummaryBlock {
  kind: 'summary';
  label: string;
  blocks: Block[];
}

/** Blocks that belong together: a heading and the short block after it (kept on one page). */
export interface KeepTogetherBlock {
  kind: 'keep';
  blocks: Block[];
  /** True when the group must not split across pages. */
  together: boolean;
}

export type Block =
  | ParagraphBlock
  | HeadingBlock
  | QuoteBlock
  | ListBlock
  | RuleBlock
  | CodeBlock
  | ExcerptBlock
  | ClaimBlock
  | SummaryBlock
  | KeepTogetherBlock;

/** A claim in the evidence annex with its evidence, each piece cited again there. */
export interface AnnexClaim {
  number: number;
  text: string;
  /** "Likely (55–80%)", or null. */
  likelihood: string | null;
  /** "moderate", or null. */
  confidence: string | null;
  evidence: ClaimEvidence[];
}

export interface Brief {
  title: string;
  /** Shown under the title; '' for none. */
  author: string;
  exportedAt: Date;
  /** The banner marking for every page ('' for none), as printed, and its colours. */
  banner: string;
  bannerColors: MarkingColors;
  /** The integrity statement printed under the byline, or null. */
  integrityStatement: string | null;
  blocks: Block[];
  /** Every citation cluster, in reading order (the annex's after the body's). */
  clusters: CitationCluster[];
  /** Distinct cited sources in first-cited order. */
  sources: SourceSnapshot[];
  /** Empty unless the annex was asked for. */
  annex: AnnexClaim[];
  /** Things the reader should know (an element printed as plain text, say). */
  warnings: string[];
}
