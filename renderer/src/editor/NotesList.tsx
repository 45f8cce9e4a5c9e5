import { useMemo, useState } from 'react';
import type { NoteSummary } from '../../../shared/model';
import { NOTE_TEMPLATES, type NoteTemplate } from '../../../shared/model/notes';
import { TEMPLATE_LABELS } from '../../../shared/note/templates';

export interface NotesListProps {
  currentId: number;
  notes: NoteSummary[];
  trashed: NoteSummary[];
  onOpen: (id: number) => void;
  onCreate: (template: NoteTemplate) => void;
  onDuplicate: (id: number) => void;
  onRename: (id: number, title: string) => Promise<void>;
  onDelete: (id: number) => Promise<void>;
  onRestore: (id: number) => Promise<void>;
  onError: (message: string) => void;
}

/** Every note, with create (from a template), rename, duplicate, delete to trash and restore. */
export function NotesList(props: NotesListProps) {
  const { currentId, notes, trashed, onError } = props;
  const [template, setTemplate] = useState<NoteTemplate>('blank');
  const [renaming, setRenaming] = useState<{ id: number; title: string } | null>(null);
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<'modified' | 'title'>('modified');
  const guard = (work: Promise<void>) => work.catch((e: Error) => onError(e.message));
  const shown = useMemo(() => {
    const words = filter.toLocaleLowerCase().split(/\s+/).filter(Boolean);
    const matching = notes.filter((n) => {
      const title = (n.title || 'Untitled briefing').toLocaleLowerCase();
      return words.every((w) => title.includes(w));
    });
    return sort === 'title'
      ? matching.sort((a, b) =>
          (a.title || 'Untitled briefing').localeCompare(b.title || 'Untitled briefing'),
        )
      : matching.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }, [notes, filter, sort]);

  return (
    <div className="notes-list" role="region" aria-label="Notes list">
      <div className="notes-new">
        <select
          aria-label="Template"
          value={template}
          onChange={(e) => setTemplate(e.target.value as NoteTemplate)}
        >
          {NOTE_TEMPLATES.map((t) => (
            <option key={t} value={t}>
              {TEMPLATE_LABELS[t]}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => props.onCreate(template)}>
          New note
        </button>
      </div>
      <div className="notes-find">
        <input
          type="search"
          aria-label="Find a note"
          placeholder="Find a note by title"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
        <select
          aria-label="Sort notes"
          value={sort}
          onChange={(e) => setSort(e.target.value as 'modified' | 'title')}
        >
          <option value="modified">Recently changed first</option>
          <option value="title">By title</option>
        </select>
      </div>
      {shown.length === 0 && <p className="hint">No note title has those words.</p>}
      <ul aria-label="Notes">
        {shown.map((n) => (
          <li
            key={n.id}
            className={n.id === currentId ? 'notes-item notes-item--current' : 'notes-item'}
          >
            {renaming?.id === n.id ? (
              <input
                autoFocus
                aria-label="New title"
                value={renaming.title}
                onChange={(e) => setRenaming({ id: n.id, title: e.target.value })}
                onKeyDown={(e) => {
                  if (e.key === 'Enter')
                    void guard(props.onRename(n.id, renaming.title)).then(() => setRenaming(null));
                  if (e.key === 'Escape') setRenaming(null);
                }}
                onBlur={() => setRenaming(null)}
              />
            ) : (
              <button type="button" className="notes-open" onClick={() => props.onOpen(n.id)}>
                {n.title || 'Untitled briefing'}
                <small>{new Date(n.updatedAt).toLocaleString()}</small>
              </button>
            )}
            <button
              type="button"
              aria-label={`Rename ${n.title}`}
              onClick={() => setRenaming({ id: n.id, title: n.title })}
            >
              Rename
            </button>
            <button
              type="button"
              aria-label={`Duplicate ${n.title}`}
              onClick={() => props.onDuplicate(n.id)}
            >
              Duplicate
            </button>
            <button
              type="button"
              aria-label={`Delete ${n.title}`}
              onClick={() => void guard(props.onDelete(n.id))}
            >
              Delete
            </button>
          </li>
        ))}
      </ul>
      {trashed.length > 0 && (
        <details className="notes-trash">
          <summary>Trash ({trashed.length})</summary>
          <ul aria-label="Trash">
            {trashed.map((n) => (
              <li key={n.id} className="notes-item">
                <span className="notes-open">{n.title || 'Untitled briefing'}</span>
                <button
                  type="button"
                  aria-label={`Restore ${n.title}`}
                  onClick={() => void guard(props.onRestore(n.id))}
                >
                  Restore
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
