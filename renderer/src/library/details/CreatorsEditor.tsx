import { useEffect, useRef, useState } from 'react';
import type { Creator } from '../../../../shared/model';
import { creatorsFromDrafts, draftOf, type CreatorDraft } from './sourceEdits';

export interface CreatorsEditorProps {
  creators: Creator[];
  /** Saves the list; resolves with a problem to show, or null once saved. */
  onCommit: (creators: Creator[]) => Promise<string | null>;
}

const blank = (kind: CreatorDraft['kind']): CreatorDraft => ({
  kind,
  family: '',
  given: '',
  literal: '',
});

/**
 * Creators in order, each a person (family and given names) or an organisation (one name).
 * The list is saved when focus leaves a name or a row is added, removed or changes kind.
 */
export function CreatorsEditor({ creators, onCommit }: CreatorsEditorProps) {
  const [rows, setRows] = useState<CreatorDraft[]>(() => creators.map(draftOf));
  const [problem, setProblem] = useState<string | null>(null);
  // What this editor last saved: when the source comes back with it, the rows (which may already
  // hold the next name being typed) stay; any other change (undo) replaces them.
  const committed = useRef<string | null>(null);
  useEffect(() => {
    if (JSON.stringify(creators) !== committed.current) setRows(creators.map(draftOf));
  }, [creators]);

  const commit = async (next: CreatorDraft[]) => {
    const parsed = creatorsFromDrafts(next);
    if (typeof parsed === 'string') {
      setProblem(parsed);
      return;
    }
    if (JSON.stringify(parsed) === JSON.stringify(creators)) {
      setProblem(null);
      return;
    }
    committed.current = JSON.stringify(parsed);
    setProblem(await onCommit(parsed));
  };
  const edit = (i: number, change: Partial<CreatorDraft>) =>
    setRows((r) => r.map((row, j) => (j === i ? { ...row, ...change } : row)));

  return (
    <fieldset className="creators">
      <legend>Creators</legend>
      {rows.map((row, i) => (
        <div className="creator-row" key={i}>
          <select
            aria-label={`Creator ${i + 1} kind`}
            value={row.kind}
            onChange={(e) => {
              const next = rows.map((r, j) =>
                j === i ? { ...r, kind: e.target.value as CreatorDraft['kind'] } : r,
              );
              setRows(next);
              void commit(next);
            }}
          >
            <option value="person">Person</option>
            <option value="organisation">Organisation</option>
          </select>
          {row.kind === 'person' ? (
            <>
              <input
                aria-label={`Creator ${i + 1} family name`}
                placeholder="Family name"
                value={row.family}
                onChange={(e) => edit(i, { family: e.target.value })}
                onBlur={() => void commit(rows)}
              />
              <input
                aria-label={`Creator ${i + 1} given names`}
                placeholder="Given names"
                value={row.given}
                onChange={(e) => edit(i, { given: e.target.value })}
                onBlur={() => void commit(rows)}
              />
            </>
          ) : (
            <input
              aria-label={`Creator ${i + 1} organisation`}
              placeholder="Organisation"
              value={row.literal}
              onChange={(e) => edit(i, { literal: e.target.value })}
              onBlur={() => void commit(rows)}
            />
          )}
          <button
            type="button"
            className="link-button"
            aria-label={`Remove creator ${i + 1}`}
            onClick={() => {
              const next = rows.filter((_, j) => j !== i);
              setRows(next);
              void commit(next);
            }}
          >
            ×
          </button>
        </div>
      ))}
      <div className="creator-add">
        <button type="button" onClick={() => setRows((r) => [...r, blank('person')])}>
          Add person
        </button>
        <button type="button" onClick={() => setRows((r) => [...r, blank('organisation')])}>
          Add organisation
        </button>
      </div>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
