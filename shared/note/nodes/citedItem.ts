import type { EvidenceRelation, SourceSnapshot } from '../serializedNodes';
import { isId } from './descriptor';

/** A quote as a note shows it: from an excerpt block, an inline citation or a claim's evidence. */
export interface CitedQuote {
  excerptId: number;
  quote: string;
  locator: string | null;
  marking: string | null;
  source: SourceSnapshot;
}

export interface CitedEvidence extends CitedQuote {
  relation: EvidenceRelation;
}

/** What the integrity check compares with the library, as one node of a note cites it. */
export type CitedItem =
  | ({ kind: 'excerpt' } & CitedQuote)
  | { kind: 'source'; source: SourceSnapshot }
  | {
      kind: 'claim';
      claimId: number;
      text: string;
      likelihood: string | null;
      /** ICD 203 analytic confidence and the claim's own marking (absent in version 1 nodes). */
      confidence: string | null;
      marking: string | null;
      evidence: CitedEvidence[];
    };

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null;
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** A source snapshot read defensively from saved JSON; null when it has no real id. */
export function readCitedSource(v: unknown): SourceSnapshot | null {
  if (!isObject(v) || !isId(v.sourceId)) return null;
  return {
    sourceId: v.sourceId,
    title: str(v.title) ?? '',
    author: str(v.author),
    outlet: str(v.outlet),
    publishedAt: str(v.publishedAt),
    url: str(v.url),
    marking: str(v.marking),
  };
}

/** A quote snapshot (excerpt node, excerpt citation, claim evidence); null when malformed. */
export function readCitedQuote(v: unknown): CitedQuote | null {
  if (!isObject(v) || !isId(v.excerptId)) return null;
  const source = readCitedSource(v.source);
  if (!source) return null;
  return {
    excerptId: v.excerptId,
    quote: str(v.quote) ?? '',
    locator: str(v.locator),
    marking: str(v.marking),
    source,
  };
}

/**
 * The one place that reads a claim's likelihood (ICD 203's seven terms) from a snapshot or a
 * library row. Older claims keep it in `confidence`; newer ones in `likelihood`, where
 * `confidence` then means analytic confidence and must not be mistaken for it.
 */
export function likelihoodOf(value: object): string | null {
  const v = value as { likelihood?: unknown; confidence?: unknown };
  const raw = 'likelihood' in v ? v.likelihood : v.confidence;
  return typeof raw === 'string' ? raw : null;
}

/** A claim's analytic confidence; version 1 snapshots had none (their `confidence` was the likelihood). */
export function confidenceOf(value: object): string | null {
  const v = value as { likelihood?: unknown; confidence?: unknown };
  return 'likelihood' in v && typeof v.confidence === 'string' ? v.confidence : null;
}

/** A claim node's integrity item: its words, likelihood and each evidence quote. */
export function readCitedClaim(v: unknown): CitedItem | null {
  if (!isObject(v) || !isId(v.claimId)) return null;
  const evidence: CitedEvidence[] = [];
  for (const e of Array.isArray(v.evidence) ? v.evidence : []) {
    const quote = readCitedQuote(e);
    if (quote)
      evidence.push({
        ...quote,
        relation: (e as Json).relation === 'contradicts' ? 'contradicts' : 'supports',
      });
  }
  return {
    kind: 'claim',
    claimId: v.claimId,
    text: str(v.text) ?? '',
    likelihood: likelihoodOf(v),
    confidence: confidenceOf(v),
    marking: str(v.marking),
    evidence,
  };
}
