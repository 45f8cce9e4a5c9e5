import {
  isCredibility,
  isReliability,
  type InformationCredibility,
  type SourceReliability,
} from '../../../shared/admiralty';
import type { Graded } from '../../../shared/model';

/** Admiralty grading as stored (CHECK constraints keep the values in range). */
export interface GradingColumns {
  reliability: string | null;
  credibility: number | null;
}

export function gradingOf(row: GradingColumns): Graded {
  return {
    reliability: isReliability(row.reliability) ? (row.reliability as SourceReliability) : null,
    credibility: isCredibility(row.credibility)
      ? (row.credibility as InformationCredibility)
      : null,
  };
}
