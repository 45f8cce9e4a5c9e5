import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Note } from '../../../shared/model';
import type { NoteRevision, NoteRevisionSummary } from '../../../shared/model/notes';
import { call } from '../api';
import { editorNodes } from './nodes/editorNodes';
import { createNoteStores, NoteStoresContext } from './noteStores';
import { CitationNumberingPlugin } from './plugins/CitationNumberingPlugin';
import { editorTheme } from './theme';

const REASON_LABEL: Record<NoteRevisionSummary['reason'], string> = {
  edit: 'while editing',
  export: 'exported',
  restore: 'before a restore',
  manual: 'snapshot',
};

/** A read-only rendering of an old revision. */
function RevisionPreview({ revision }: { revision: NoteRevision }) {
  const stores = useMemo(createNoteStores, []);
  return (
    <NoteStoresContext.Provider value={stores}>
      <LexicalComposer
        key={revision.id}
        initialConfig={{
          namespace: 'revision-preview',
          theme: editorTheme,
          nodes: [...editorNodes],
          editable: false,
          editorState: revision.content,
          onError(error) {
            throw error;
          },
        }}
      >
        <RichTextPlugin
          contentEditable={
            <ContentEditable
              className="editor-content revision-content"
              aria-label="Revision preview"
            />
          }
          ErrorBoundary={LexicalErrorBoundary}
        />
        <CitationNumberingPlugin />
      </LexicalComposer>
    </NoteStoresContext.Provider>
  );
}

export interface RevisionHistoryProps {
  noteId: number;
  /** Resolves once pending saves are written, so a restore never races an autosave. */
  beforeRestore: () => Promise<void>;
  onRestored: (note: Note) => void;
  onError: (message: string) => void;
}

/** Revisions of the open note, newest first, with a preview and restore. */
export function RevisionHistory({
  noteId,
  beforeRestore,
  onRestored,
  onError,
}: RevisionHistoryProps) {
  const [revisions, setRevisions] = useState<NoteRevisionSummary[]>([]);
  const [selected, setSelected] = useState<NoteRevision | null>(null);

  const load = useCallback(() => {
    call('notes.revisions', { id: noteId })
      .then(setRevisions)
      .catch((e: Error) => onError(e.message));
  }, [noteId, onError]);

  useEffect(load, [load]);

  return (
    <div className="revision-history" role="region" aria-label="Revision history">
      <div className="revision-list">
        <button
          type="button"
          onClick={() =>
            void beforeRestore()
              .then(() => call('notes.recordRevision', { id: noteId, reason: 'manual' }))
              .then(load)
              .catch((e: Error) => onError(e.message))
          }
        >
          Save a snapshot now
        </button>
        {revisions.length === 0 && (
          <p>
            No earlier versions yet. One is kept every 5 minutes of editing and on every export.
          </p>
        )}
        <ul aria-label="Revisions">
          {revisions.map((r) => (
            <li key={r.id}>
              <button
                type="button"
                aria-pressed={selected?.id === r.id}
                onClick={() =>
                  call('notes.revision', { revisionId: r.id })
                    .then(setSelected)
                    .catch((e: Error) => onError(e.message))
                }
              >
                {new Date(r.createdAt).toLocaleString()} —{' '}
                {r.keptFromConflict
                  ? 'Kept: saved elsewhere, then saved over'
                  : REASON_LABEL[r.reason]}
              </button>
            </li>
          ))}
        </ul>
      </div>
      {selected && (
        <div className="revision-preview">
          <div className="revision-actions">
            <strong>{selected.title}</strong>
            <button
              type="button"
              onClick={() =>
                void beforeRestore()
                  .then(() => call('notes.restoreRevision', { revisionId: selected.id }))
                  .then(onRestored)
                  .catch((e: Error) => onError(e.message))
              }
            >
              Restore this version
            </button>
          </div>
          <RevisionPreview revision={selected} />
        </div>
      )}
    </div>
  );
}
