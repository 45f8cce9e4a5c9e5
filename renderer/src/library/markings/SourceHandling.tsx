import { useState } from 'react';
import { describeGrading } from '../../../../shared/admiralty';
import type { Graded, SourceSummary } from '../../../../shared/model';
import { call } from '../../api';
import { GradingSelects } from './GradingSelects';
import { MarkingSelect } from './MarkingSelect';

export interface SourceHandlingProps {
  source: Pick<SourceSummary, 'id' | 'marking' | 'reliability' | 'credibility'>;
  onSaved: (source: SourceSummary) => void;
  onError: (message: string) => void;
}

/**
 * A source's handling: its marking and its Admiralty grading, each saved as soon as it is
 * chosen. Small on purpose, so the source details can hold it wherever they are laid out.
 */
export function SourceHandling({ source, onSaved, onError }: SourceHandlingProps) {
  const [busy, setBusy] = useState(false);
  const save = async (changes: { marking?: string | null } & Partial<Graded>) => {
    setBusy(true);
    try {
      onSaved(await call('sources.update', { id: source.id, ...changes }));
    } catch (e) {
      onError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const grading = describeGrading(source.reliability, source.credibility);
  return (
    <div className="source-handling" role="group" aria-label="Source handling">
      <MarkingSelect
        label="Source marking"
        value={source.marking}
        disabled={busy}
        onChange={(marking) => void save({ marking })}
      />
      <GradingSelects
        owner="Source"
        value={{ reliability: source.reliability, credibility: source.credibility }}
        disabled={busy}
        onChange={(changes) => void save(changes)}
      />
      {grading && (
        <span className="grading" title="Admiralty grading">
          {grading}
        </span>
      )}
    </div>
  );
}
