import { markingLabel } from '../../../../shared/markings';
import { useMarkingScheme } from './markingSchemeStore';

export interface MarkingSelectProps {
  /** The accessible name, e.g. "Source marking". */
  label: string;
  value: string | null;
  onChange: (marking: string | null) => void;
  /** Words for "no marking of its own" (e.g. "As its source"). */
  emptyLabel?: string;
  disabled?: boolean;
}

/**
 * Chooses one level of the library's marking scheme (or none). A value outside the scheme (set
 * under another scheme) stays listed so it is never silently dropped.
 */
export function MarkingSelect({
  label,
  value,
  onChange,
  emptyLabel = 'No marking',
  disabled,
}: MarkingSelectProps) {
  const scheme = useMarkingScheme();
  const current = value ? markingLabel(value) : '';
  const levels =
    current && !scheme.levels.includes(current) ? [...scheme.levels, current] : scheme.levels;
  return (
    <select
      className="marking-select"
      aria-label={label}
      value={current}
      disabled={disabled}
      onChange={(e) => onChange(e.target.value || null)}
    >
      <option value="">{emptyLabel}</option>
      {levels.map((level) => (
        <option key={level} value={level}>
          {level}
        </option>
      ))}
    </select>
  );
}
