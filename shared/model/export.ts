/** PDF export: options the user picks and what an export produced. */
import type { IntegrityReport, IntegrityState } from './integrity';

export const PAPER_SIZES = ['A4', 'Letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/**
 * A citation style id: one of the bundled styles (see shared/citations/styles.ts) or `user-N`, a
 * `.csl` file the user added to the library.
 */
export type CitationStyle = string;

/** Where a note style's notes go: at the foot of each page, or together at the end. */
export const NOTE_PLACEMENTS = ['footnotes', 'endnotes'] as const;
export type NotePlacement = (typeof NOTE_PLACEMENTS)[number];

/** The file an export makes. */
export const EXPORT_FORMATS = ['pdf', 'docx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  paper: PaperSize;
  /** The banner marking; null means the strictest marking among what the note cites. */
  marking: string | null;
  /** Set when the user confirmed a banner less strict than what the note cites. */
  confirmLowerMarking: boolean;
  toc: boolean;
  sourcesList: boolean;
  /** null: the style the note was last exported in (Chicago notes-bibliography at first). */
  style: CitationStyle | null;
  /** For note styles (Chicago notes-bibliography): footnotes or endnotes. */
  notes: NotePlacement;
  /** Prefix each paragraph that cites marked material with its short mark, e.g. "(TLP:AMBER)". */
  portionMarks: boolean;
  /**
   * Mark every portion: a paragraph citing nothing marked carries the scheme's lowest level.
   * Optional in the type (the schema defaults it to false), like `tagKeywords`.
   */
  markEveryPortion?: boolean;
  /** Write the cited items' library tags into the PDF's Keywords (off: tags stay private). */
  tagKeywords?: boolean;
  /** After the sources, each claim with the excerpts that support or contradict it. */
  evidenceAnnex: boolean;
  /** Shown under the title and written to the PDF metadata. */
  author: string;
  /**
   * Keys of cited items not verified that the user acknowledged; an export with any item not
   * verified and not acknowledged is refused (`unverified`).
   */
  acknowledged?: string[];
}

/** What the export dialog needs to offer sensible defaults. */
export interface ExportDefaults {
  /** Strictest marking among the cited sources, excerpts and evidence (null when none). */
  marking: string | null;
  /** Every distinct marking the note cites, least strict first. */
  citedMarkings: string[];
  /** Markings of the scheme in use, least strict first, for the dialog's choices. */
  schemeLevels: string[];
  author: string;
  /** The integrity check of the note as saved now, for the dialog to show. */
  integrity: IntegrityReport;
}

export interface ExportSummary {
  pages: number;
  bytes: number;
  /** The banner actually printed (empty string when none). */
  marking: string;
  /** Things the reader should know, e.g. an unknown element rendered as plain text. */
  warnings: string[];
  /** The integrity statement printed in the PDF, or null when not everything was verified. */
  integrityStatement: string | null;
}

export type ExportResult =
  | ({ kind: 'saved'; path: string } & ExportSummary)
  | ({ kind: 'download'; fileName: string; base64: string } & ExportSummary)
  | { kind: 'cancelled' };

/** How far the export of a note has come; `fraction` runs from 0 to 1. */
export interface ExportProgress {
  active: boolean;
  fraction: number;
}

/** One past export of a note, from the note's export log. */
export interface ExportRecord {
  id: number;
  noteId: number;
  /** The note revision snapshotted at export time (null if that revision was since removed). */
  revisionId: number | null;
  /** The banner printed ('' for none). */
  banner: string;
  /** The strictest marking the note cited at the time. */
  citedMarking: string | null;
  /** True when the banner was confirmed below `citedMarking`. */
  markingLowered: boolean;
  paper: PaperSize;
  style: CitationStyle;
  pages: number;
  createdAt: string;
  /** The integrity check at export time; null for exports logged before it existed. */
  integrity: ExportIntegrity | null;
}

/** What the export log keeps of the integrity check. */
export interface ExportIntegrity {
  verified: boolean;
  quotations: number;
  counts: Record<IntegrityState, number>;
  /** Items exported while not verified, each acknowledged by the user. */
  acknowledged: { key: string; state: IntegrityState; message: string }[];
  statement: string | null;
}
