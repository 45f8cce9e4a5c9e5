import { markingLabel } from '../../../../shared/markings';
import { useMarkingScheme } from './markingSchemeStore';
import { PortionMark } from './PortionMark';

/**
 * The marking given to every file of the next import batch. A disclosure with radio buttons
 * rather than a drop-down, so the library header holds no list options while it is closed.
 */
export function ImportMarking({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (marking: string | null) => void;
}) {
  const scheme = useMarkingScheme();
  const levels: (string | null)[] = [null, ...scheme.levels];
  return (
    <details className="import-marking">
      {/* The name includes what is shown, so speech and voice control agree with the screen. */}
      <summary aria-label={`Marking for imports: ${value ? markingLabel(value) : 'Unmarked'}`}>
        {value ? <PortionMark marking={value} /> : 'Unmarked'}
      </summary>
      <fieldset className="import-marking-menu">
        <legend>Marking for the next import</legend>
        {levels.map((level) => (
          <label key={level ?? ''}>
            <input
              type="radio"
              name="import-marking"
              checked={(value ? markingLabel(value) : null) === level}
              onChange={(e) => {
                onChange(level);
                e.currentTarget.closest('details')?.removeAttribute('open');
              }}
            />
            {level ?? 'Unmarked'}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
