import { useState } from 'react';
import type { ApiInput } from '../../../../shared/api';
import { FALLBACK_COLORS, markingColors, type MarkingScheme } from '../../../../shared/markings';
import { call } from '../../api';
import { setMarkingsInfo, useMarkingsInfo } from './markingSchemeStore';
import { PortionMark } from './PortionMark';

interface LevelDraft {
  label: string;
  text: string;
  background: string;
}

const levelsOf = (scheme: MarkingScheme | undefined): LevelDraft[] =>
  scheme
    ? scheme.levels.map((label) => ({ label, ...markingColors(scheme, label) }))
    : [
        { label: 'PUBLIC', ...FALLBACK_COLORS },
        { label: 'INTERNAL', ...FALLBACK_COLORS },
      ];

/**
 * The library's marking scheme: TLP 2.0, US classification, or the library's own ordered list of
 * levels with their banner colours. Markings already set keep their text; ones the new scheme
 * does not know are shown as they are and can be re-marked.
 */
export function MarkingSchemeSettings({
  onClose,
  onError,
}: {
  onClose: () => void;
  onError: (message: string) => void;
}) {
  const info = useMarkingsInfo();
  const custom = info?.schemes.find((s) => s.id === 'custom');
  const [name, setName] = useState(custom?.name ?? 'Custom');
  const [levels, setLevels] = useState<LevelDraft[]>(() => levelsOf(custom));
  const [busy, setBusy] = useState(false);

  const choose = async (input: ApiInput<'markings.setScheme'>) => {
    setBusy(true);
    try {
      setMarkingsInfo(await call('markings.setScheme', input));
    } catch (e) {
      onError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const edit = (i: number, change: Partial<LevelDraft>) =>
    setLevels((all) => all.map((l, j) => (j === i ? { ...l, ...change } : l)));

  return (
    <section className="marking-settings" aria-label="Marking scheme">
      <header className="reader-header">
        <button type="button" className="link-button" onClick={onClose}>
          ← Back
        </button>
        <h3 className="reader-title">Marking scheme</h3>
      </header>
      <fieldset disabled={busy}>
        <legend>Scheme for this library</legend>
        {(info?.schemes ?? []).map((scheme) => (
          <label key={scheme.id} className="scheme-choice">
            <input
              type="radio"
              name="marking-scheme"
              checked={info?.active.id === scheme.id}
              onChange={() => void choose({ id: scheme.id })}
            />
            {scheme.name}
            <span className="scheme-levels">
              {scheme.levels.map((level) => (
                <PortionMark key={level} marking={level} />
              ))}
            </span>
          </label>
        ))}
      </fieldset>
      <form
        className="custom-scheme"
        aria-label="Custom scheme"
        onSubmit={(e) => {
          e.preventDefault();
          void choose({ id: 'custom', custom: { name, levels } });
        }}
      >
        <h4>Your own scheme</h4>
        <p className="hint">Least restrictive first. Each level prints in its own colours.</p>
        <label className="field">
          <span>Name</span>
          <input aria-label="Scheme name" value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <ol className="custom-levels">
          {levels.map((level, i) => (
            <li key={i}>
              <input
                aria-label={`Level ${i + 1} label`}
                value={level.label}
                onChange={(e) => edit(i, { label: e.target.value })}
              />
              <input
                type="color"
                aria-label={`Level ${i + 1} text colour`}
                value={level.text.toLowerCase()}
                onChange={(e) => edit(i, { text: e.target.value })}
              />
              <input
                type="color"
                aria-label={`Level ${i + 1} background colour`}
                value={level.background.toLowerCase()}
                onChange={(e) => edit(i, { background: e.target.value })}
              />
              <span
                className="portion-mark"
                style={{ color: level.text, background: level.background }}
              >
                {level.label.toUpperCase() || '…'}
              </span>
              <button
                type="button"
                className="link-button"
                disabled={levels.length <= 1}
                onClick={() => setLevels((all) => all.filter((_, j) => j !== i))}
              >
                Remove
              </button>
            </li>
          ))}
        </ol>
        <div className="form-actions">
          <button
            type="button"
            onClick={() => setLevels((all) => [...all, { label: '', ...FALLBACK_COLORS }])}
          >
            Add level
          </button>
          <button type="submit" className="primary" disabled={busy}>
            Use this scheme
          </button>
        </div>
      </form>
    </section>
  );
}
