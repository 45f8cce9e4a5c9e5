import { useState } from 'react';
import type { TagCount } from './tagSuggestions';
import { normalizeTagName, tagTree } from './tagSuggestions';

export interface TagListProps {
  tags: readonly TagCount[];
  onFilter: (name: string) => void;
  onRename: (from: string, to: string) => Promise<void>;
  onMerge: (from: string, into: string) => Promise<void>;
  onDelete: (name: string) => Promise<void>;
  onClose: () => void;
}

/** Every tag with its count, nested names indented under their parents; rename, merge, delete. */
export function TagList({ tags, onFilter, onRename, onMerge, onDelete, onClose }: TagListProps) {
  const [editing, setEditing] = useState<{
    name: string;
    mode: 'rename' | 'merge';
    value: string;
  } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const sorted = tagTree(tags);

  const apply = async () => {
    if (!editing) return;
    const target = normalizeTagName(editing.value);
    if (!target || target === editing.name) {
      setEditing(null);
      return;
    }
    try {
      if (editing.mode === 'rename') await onRename(editing.name, target);
      else await onMerge(editing.name, target);
      setEditing(null);
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <section className="tag-list" aria-label="Tags">
      <header className="reader-header">
        <button type="button" className="link-button" onClick={onClose}>
          ← Results
        </button>
        <h3 className="reader-title">Tags</h3>
      </header>
      {sorted.length === 0 && (
        <p className="hint">No tags yet. Tag an excerpt or a claim and it appears here.</p>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <ul>
        {sorted.map((tag) => {
          const { depth } = tag;
          const isEditing = editing?.name === tag.name;
          return (
            <li key={tag.name} className="tag-row" style={{ paddingLeft: 8 + depth * 16 }}>
              {isEditing ? (
                <form
                  className="tag-edit"
                  onSubmit={(e) => {
                    e.preventDefault();
                    void apply();
                  }}
                >
                  <input
                    aria-label={
                      editing.mode === 'rename'
                        ? `New name for ${tag.name}`
                        : `Merge ${tag.name} into`
                    }
                    autoFocus
                    list="tag-names"
                    value={editing.value}
                    onChange={(e) => setEditing({ ...editing, value: e.target.value })}
                    onKeyDown={(e) => e.key === 'Escape' && setEditing(null)}
                  />
                  <button type="submit">{editing.mode === 'rename' ? 'Rename' : 'Merge'}</button>
                  <button type="button" onClick={() => setEditing(null)}>
                    Cancel
                  </button>
                </form>
              ) : (
                <>
                  <button
                    type="button"
                    className="link-button tag-name"
                    onClick={() => onFilter(tag.name)}
                    title={`Show everything tagged ${tag.name}${tag.count === null ? ' or under it' : ''}`}
                    aria-label={tag.name}
                  >
                    {tag.label}
                  </button>
                  {tag.count !== null && <span className="count">{tag.count}</span>}
                  {tag.count !== null && (
                    <span className="tag-actions">
                      <button
                        type="button"
                        aria-label={`Rename ${tag.name}`}
                        onClick={() =>
                          setEditing({ name: tag.name, mode: 'rename', value: tag.name })
                        }
                      >
                        Rename
                      </button>
                      <button
                        type="button"
                        aria-label={`Merge ${tag.name} into…`}
                        onClick={() => setEditing({ name: tag.name, mode: 'merge', value: '' })}
                      >
                        Merge…
                      </button>
                      <button
                        type="button"
                        aria-label={`Delete tag ${tag.name}`}
                        className="danger"
                        onClick={() =>
                          void onDelete(tag.name).catch((e: Error) => setError(e.message))
                        }
                      >
                        Delete
                      </button>
                    </span>
                  )}
                </>
              )}
            </li>
          );
        })}
      </ul>
      <datalist id="tag-names">
        {sorted.map((t) => (
          <option key={t.name} value={t.name} />
        ))}
      </datalist>
    </section>
  );
}
