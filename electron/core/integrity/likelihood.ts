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
