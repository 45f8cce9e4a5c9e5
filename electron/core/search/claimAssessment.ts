import { formatAssessment, isAnalyticConfidence, isLikelihood } from '../../../shared/icd203/scale';

/** A claim row's likelihood and confidence as one line; empty for other rows and unassessed claims. */
export function claimAssessment(row: { likelihood?: unknown; confidence?: unknown }): string {
  return formatAssessment(
    isLikelihood(row.likelihood) ? row.likelihood : null,
    isAnalyticConfidence(row.confidence) ? row.confidence : null,
  );
}
