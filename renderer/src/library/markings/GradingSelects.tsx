import {
  CREDIBILITY_LABEL,
  INFORMATION_CREDIBILITY,
  RELIABILITY_LABEL,
  SOURCE_RELIABILITY,
  type InformationCredibility,
  type SourceReliability,
} from '../../../../shared/admiralty';
import type { Graded } from '../../../../shared/model';

export interface GradingSelectsProps {
  /** Whose grading, for the accessible names ("Source", "Excerpt"). */
  owner: string;
  value: Graded;
  onChange: (grading: Partial<Graded>) => void;
  /** Shown for an empty half, e.g. "as its source" for an excerpt. */
  emptyLabel?: string;
  disabled?: boolean;
}

/** The Admiralty grading's two halves: source reliability (A–F) and information credibility (1–6). */
export function GradingSelects({
  owner,
  value,
  onChange,
  emptyLabel = 'not graded',
  disabled,
}: GradingSelectsProps) {
  return (
    <span className="grading-selects">
      <select
        aria-label={`${owner} reliability`}
        title="Source reliability (Admiralty grading)"
        value={value.reliability ?? ''}
        disabled={disabled}
        onChange={(e) =>
          onChange({ reliability: (e.target.value || null) as SourceReliability | null })
        }
      >
        <option value="">Reliability: {emptyLabel}</option>
        {SOURCE_RELIABILITY.map((r) => (
          <option key={r} value={r}>
            {r} – {RELIABILITY_LABEL[r]}
          </option>
        ))}
      </select>
      <select
        aria-label={`${owner} credibility`}
        title="Information credibility (Admiralty grading)"
        value={value.credibility ?? ''}
        disabled={disabled}
        onChange={(e) =>
          onChange({
            credibility: e.target.value ? (Number(e.target.value) as InformationCredibility) : null,
          })
        }
      >
        <option value="">Credibility: {emptyLabel}</option>
        {INFORMATION_CREDIBILITY.map((c) => (
          <option key={c} value={c}>
            {c} – {CREDIBILITY_LABEL[c]}
          </option>
        ))}
      </select>
    </span>
  );
}
