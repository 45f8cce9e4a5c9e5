/** The library shapes the pane works with (mirrors the library contract). */
export interface SourceView {
  id: number;
  kind: string;
  title: string;
  author: string | null;
  outlet: string | null;
  publishedAt: string | null;
  url: string | null;
  importedAt: string;
  marking: string | null;
  tags: string[];
  /** The normalized text: excerpt offsets point into it. */
  text: string;
}

export interface ExcerptView {
  id: number;
  sourceId: number;
  start: number;
  end: number;
  quote: string;
  comment: string;
  tags: string[];
  marking: string | null;
  sourceTitle?: string;
}

export type EvidenceRelation = 'supports' | 'contradicts';

export interface EvidenceView {
  excerptId: number;
  relation: EvidenceRelation;
  quote?: string;
  sourceTitle?: string;
}

export interface ClaimView {
  id: number;
  text: string;
  confidence: string | null;
  tags: string[];
  evidence: EvidenceView[];
}

export interface ClaimDraft {
  text: string;
  confidence: string | null;
  tags: string[];
  evidence: EvidenceView[];
}

/** ICD 203 expressions of likelihood, least to most likely. */
export const CONFIDENCE_LEVELS = [
  'almost no chance',
  'very unlikely',
  'unlikely',
  'roughly even chance',
  'likely',
  'very likely',
  'almost certain',
] as const;
