import { markingLabel } from '../../../../shared/markings';
import { colorsFor, useMarkingScheme } from './markingSchemeStore';

/** A marking as printed: its label in capitals, in the scheme's colours. */
export function PortionMark({ marking, className }: { marking: string; className?: string }) {
  const scheme = useMarkingScheme();
  const colors = colorsFor(scheme, marking);
  return (
    <span
      className={`portion-mark${className ? ` ${className}` : ''}`}
      style={{ color: colors.text, background: colors.background }}
      data-marking={markingLabel(marking)}
    >
      {markingLabel(marking)}
    </span>
  );
}
