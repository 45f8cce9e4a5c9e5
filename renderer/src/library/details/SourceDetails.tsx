import { useEffect, useId, useState } from 'react';
import type { SourceSummary } from '../../../../shared/model';
import { SOURCE_TYPE_LABELS, SOURCE_TYPES } from '../../../../shared/source/sourceFields';
import { call } from '../../api';
import { TagInput } from '../tags/TagInput';
import type { TagCount } from '../tags/tagSuggestions';
import { CreatorsEditor } from './CreatorsEditor';
import {
  fieldValue,
  isSourceType,
  patchFor,
  type SourcePatch,
  type TextField,
} from './sourceEdits';

export interface SourceDetailsProps {
  source: SourceSummary;
  knownTags: readonly TagCount[];
  /** Saves a change (with undo); rejects with the reason when the library refuses it. */
  onSave: (patch: SourcePatch) => Promise<void>;
  onDelete: () => void;
}

const LABELS: Record<TextField, string> = {
  title: 'Title',
  outlet: 'Outlet or publisher',
  publishedAt: 'Date',
  url: 'URL',
  language: 'Language',
  note: 'Note',
};

const HINTS: Partial<Record<TextField, string>> = {
  publishedAt: 'YYYY, YYYY-MM or YYYY-MM-DD',
  url: 'https://…',
  language: 'e.g. en, uk, pt-BR',
};

/** One text detail: saved when focus leaves it; a refused value stays, with the reason beside it. */
function DetailField({
  source,
  field,
  onSave,
}: {
  source: SourceSummary;
  field: TextField;
  onSave: SourceDetailsProps['onSave'];
}) {
  const stored = fieldValue(source, field);
  const [typed, setTyped] = useState(stored);
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  useEffect(() => {
    setTyped(stored);
    setProblem(null);
  }, [stored]);

  const commit = async () => {
    const change = patchFor(source, field, typed);
    if (!change) return setProblem(null);
    if ('problem' in change) return setProblem(change.problem);
    try {
      await onSave(change.patch);
      setProblem(null);
    } catch (e) {
      setProblem((e as Error).message);
    }
  };
  const common = {
    id,
    value: typed,
    placeholder: HINTS[field],
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': problem ? `${id}-problem` : undefined,
    onBlur: () => void commit(),
  };
  return (
    <div className="field">
      <label htmlFor={id}>{LABELS[field]}</label>
      {field === 'note' ? (
        <textarea rows={3} {...common} onChange={(e) => setTyped(e.target.value)} />
      ) : (
        <input
          {...common}
          onChange={(e) => setTyped(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') (e.target as HTMLInputElement).blur();
          }}
        />
      )}
      {problem && (
        <p className="form-error" id={`${id}-problem`} role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

/**
 * Everything the library knows about a source, correctable: creators, outlet, date, URL, type,
 * language, marking, tags and a free note. Each change saves on its own and can be undone;
 * notes citing the source see it as "changed in library".
 */
export function SourceDetails({ source, knownTags, onSave, onDelete }: SourceDetailsProps) {
  const [levels, setLevels] = useState<readonly string[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const typeId = useId();
  const markingId = useId();
  useEffect(() => {
    call('markings.get', {})
      .then((m) => setLevels(m.active.levels))
      .catch(() => undefined);
  }, []);

  const save = async (patch: SourcePatch): Promise<string | null> => {
    try {
      await onSave(patch);
      setProblem(null);
      return null;
    } catch (e) {
      setProblem((e as Error).message);
      return (e as Error).message;
    }
  };

  return (
    <section className="source-details" aria-label="Source details">
      <DetailField source={source} field="title" onSave={onSave} />
      <CreatorsEditor creators={source.creators} onCommit={(creators) => save({ creators })} />
      <DetailField source={source} field="outlet" onSave={onSave} />
      <div className="field-row">
        <DetailField source={source} field="publishedAt" onSave={onSave} />
        <DetailField source={source} field="language" onSave={onSave} />
      </div>
      <DetailField source={source} field="url" onSave={onSave} />
      <div className="field-row">
        <div className="field">
          <label htmlFor={typeId}>Type</label>
          <select
            id={typeId}
            value={source.sourceType ?? ''}
            onChange={(e) =>
              void save({ sourceType: isSourceType(e.target.value) ? e.target.value : null })
            }
          >
            <option value="">Not set</option>
            {SOURCE_TYPES.map((t) => (
              <option key={t} value={t}>
                {SOURCE_TYPE_LABELS[t]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={markingId}>Marking</label>
          <select
            id={markingId}
            value={source.marking ?? ''}
            onChange={(e) => void save({ marking: e.target.value || null })}
          >
            <option value="">None</option>
            {[...new Set([...levels, ...(source.marking ? [source.marking] : [])])].map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
        </div>
      </div>
      <TagInput
        label="Tags"
        value={source.tags}
        known={knownTags}
        onChange={(tags) => void save({ tags })}
      />
      <DetailField source={source} field="note" onSave={onSave} />
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="danger" onClick={onDelete}>
          Delete source…
        </button>
      </div>
    </section>
  );
}
