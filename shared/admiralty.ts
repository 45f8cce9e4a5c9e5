/**
 * The Admiralty (NATO) grading: how reliable the source has been (A–F) and how credible this
 * piece of information is (1–6), judged separately and written together, e.g. "B2".
 */

export const SOURCE_RELIABILITY = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type SourceReliability = (typeof SOURCE_RELIABILITY)[number];

export const INFORMATION_CREDIBILITY = [1, 2, 3, 4, 5, 6] as const;
export type InformationCredibility = (typeof INFORMATION_CREDIBILITY)[number];

export const RELIABILITY_LABEL: Record<SourceReliability, string> = {
  A: 'Completely reliable',
  B: 'Usually reliable',
  C: 'Fairly reliable',
  D: 'Not usually reliable',
  E: 'Unreliable',
  F: 'Reliability cannot be judged',
};

export const CREDIBILITY_LABEL: Record<InformationCredibility, string> = {
  1: 'Confirmed by other sources',
  2: 'Probably true',
  3: 'Possibly true',
  4: 'Doubtful',
  5: 'Improbable',
  6: 'Truth cannot be judged',
};

/** An optional grading: either half may be missing. */
export interface AdmiraltyGrading {
  reliability: SourceReliability | null;
  credibility: InformationCredibility | null;
}

export function isReliability(value: unknown): value is SourceReliability {
  return typeof value === 'string' && (SOURCE_RELIABILITY as readonly string[]).includes(value);
}

export function isCredibility(value: unknown): value is InformationCredibility {
  return (INFORMATION_CREDIBILITY as readonly unknown[]).includes(value);
}

/** "B2", "B–" or "–2"; empty when neither half is set. */
export function formatGrading(
  reliability: SourceReliability | null | undefined,
  credibility: InformationCredibility | null | undefined,
): string {
  if (!reliability && !credibility) return '';
  return `${reliability ?? '–'}${credibility ?? '–'}`;
}

/** "B2 (usually reliable; probably true)" for tooltips and the annex. */
export function describeGrading(
  reliability: SourceReliability | null | undefined,
  credibility: InformationCredibility | null | undefined,
): string {
  const code = formatGrading(reliability, credibility);
  if (!code) return '';
  const words = [
    reliability ? RELIABILITY_LABEL[reliability].toLowerCase() : null,
    credibility ? CREDIBILITY_LABEL[credibility].toLowerCase() : null,
  ].filter(Boolean);
  return `${code} (${words.join('; ')})`;
}
