import { useState } from 'react';
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
  onSave: (tags: string[], comment: string) => Promise<void>;
  onNewClaim: () => void;
  onCancel: () => void;
}

/** Appears under a selection in the reader: save it as an excerpt, or start a claim from it. */
export function SelectionToolbar(props: SelectionToolbarProps) {
  const { top, left, quote, saving, knownTags, onStartSave, onSave, onNewClaim, onCancel } = props;
  const [tags, setTags] = useState<string[]>([]);
  const [comment, setComment] = useState('');
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
      await onSave(tags, comment);
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
