import {
  isAnalyticConfidence,
  isLikelihood,
  type AnalyticConfidence,
  type Likelihood,
} from './scale';

/**
 * A saved claim's likelihood and analytic confidence. Version 1 claim nodes (and claims from
 * before migration 9) kept the likelihood term in `confidence`: a likelihood found there is read
 * as the likelihood, never as a confidence.
 */
export function readClaimJudgments(json: object): {
  likelihood: Likelihood | null;
  confidence: AnalyticConfidence | null;
} {
  const { likelihood, confidence } = json as { likelihood?: unknown; confidence?: unknown };
  return {
    likelihood: isLikelihood(likelihood)
      ? likelihood
      : isLikelihood(confidence)
        ? confidence
        : null,
    confidence: isAnalyticConfidence(confidence) ? confidence : null,
  };
}
