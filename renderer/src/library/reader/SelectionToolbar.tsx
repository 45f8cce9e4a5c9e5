import { useState } from 'react';
import type { Graded } from '../../../../shared/model';
import { GradingSelects } from '../markings/GradingSelects';
import { MarkingSelect } from '../markings/MarkingSelect';
import { TagInput } from '../tags/TagInput';
import type { TagCount } from '../tags/tagSuggestions';

export interface SelectionToolbarProps {
  top: number;
  left: number;
  quote: string;
  /** Open straight into the save form (keyboard: E). */
  saving: boolean;
  knownTags: readonly TagCount[];
  onStartSave: () => void;
  onSave: (tags: string[], comment: string, handling: ExcerptHandling) => Promise<void>;
  onNewClaim: () => void;
  onCancel: () => void;
}

/** The excerpt's own marking (kept only when stricter than its source's) and grading. */
export type ExcerptHandling = { marking: string | null } & Graded;

/** Appears under a selection in the reader: save it as an excerpt, or start a claim from it. */
export function SelectionToolbar(props: SelectionToolbarProps) {
  const { top, left, quote, saving, knownTags, onStartSave, onSave, onNewClaim, onCancel } = props;
  const [tags, setTags] = useState<string[]>([]);
  const [comment, setComment] = useState('');
  const [handling, setHandling] = useState<ExcerptHandling>({
    marking: null,
    reliability: null,
    credibility: null,
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (!saving) {
    return (
      <div
        className="selection-toolbar"
        role="toolbar"
        aria-label="Selection"
        style={{ top, left }}
      >
        <button
          type="button"
          onMouseDown={(e) => e.preventDefault()}
          onClick={onStartSave}
          aria-keyshortcuts="E"
        >
          Save excerpt <kbd>E</kbd>
        </button>
        <button
          type="button"
          onMouseDown={(e) => e.preventDefault()}
          onClick={onNewClaim}
          aria-keyshortcuts="C"
        >
          New claim from selection <kbd>C</kbd>
        </button>
      </div>
    );
  }

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await onSave(tags, comment, handling);
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  };

  return (
    <form
      className="selection-toolbar save-excerpt"
      aria-label="Save excerpt"
      style={{ top, left }}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          void submit();
        }
      }}
    >
      <blockquote className="save-quote">
        {quote.length > 240 ? `${quote.slice(0, 240)}…` : quote}
      </blockquote>
      <TagInput label="Excerpt tags" value={tags} onChange={setTags} known={knownTags} autoFocus />
      <textarea
        aria-label="Excerpt comment"
        placeholder="Comment (optional)"
        rows={2}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
      />
      <div className="excerpt-handling">
        <MarkingSelect
          label="Excerpt marking"
          value={handling.marking}
          emptyLabel="As its source"
          onChange={(marking) => setHandling((h) => ({ ...h, marking }))}
        />
        <GradingSelects
          owner="Excerpt"
          value={handling}
          emptyLabel="as its source"
          onChange={(grading) => setHandling((h) => ({ ...h, ...grading }))}
        />
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          Save
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
