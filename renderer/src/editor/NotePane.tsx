import { useCallback, useEffect, useRef, useState } from 'react';
import type { Note } from '../../../shared/model';
import { call } from '../api';
import { ExportButton } from '../export/ExportButton';
import type { SaveState } from '../app/StatusBar';
import { NoteEditor } from './NoteEditor';

export interface NotePaneProps {
  onSaveState: (state: SaveState) => void;
  onError: (message: string) => void;
}

/** Opens the most recent note (creating the first one) and keeps it saved. */
export function NotePane({ onSaveState, onError }: NotePaneProps) {
  const [note, setNote] = useState<Note | null>(null);
  const [title, setTitle] = useState('');
  const latest = useRef<{ title: string; content: string } | null>(null);
  // Saves run one after another so an older state can never overwrite a newer one.
  const queue = useRef<Promise<void>>(Promise.resolve());

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const notes = await call('notes.list', {});
      const opened = notes[0]
        ? await call('notes.get', { id: notes[0].id })
        : await call('notes.create', {});
      if (cancelled) return;
      latest.current = { title: opened.title, content: opened.content };
      setTitle(opened.title);
      setNote(opened);
    })().catch((e: Error) => onError(e.message));
    return () => {
      cancelled = true;
    };
  }, [onError]);

  const save = useCallback(
    (changes: Partial<{ title: string; content: string }>) => {
      if (!note || !latest.current) return;
      latest.current = { ...latest.current, ...changes };
      const snapshot = latest.current;
      onSaveState({ kind: 'saving' });
      queue.current = queue.current.then(async () => {
        try {
          const saved = await call('notes.save', { id: note.id, ...snapshot });
          if (latest.current === snapshot) onSaveState({ kind: 'saved', at: saved.updatedAt });
        } catch (e) {
          onSaveState({ kind: 'failed', message: (e as Error).message });
        }
      });
    },
    [note, onSaveState],
  );

  const onDirty = useCallback(() => onSaveState({ kind: 'dirty' }), [onSaveState]);
  const flushSaves = useCallback(() => queue.current, []);
  const onContent = useCallback((content: string) => save({ content }), [save]);

  if (!note) {
    return (
      <section className="note-pane" aria-label="Note" aria-busy="true">
        <p className="loading">Opening note…</p>
      </section>
    );
  }

  return (
    <section className="note-pane" aria-label="Note">
      <header className="pane-header note-header">
        <input
          className="note-title"
          aria-label="Note title"
          value={title}
          placeholder="Untitled briefing"
          onChange={(e) => setTitle(e.target.value)}
          onBlur={() => {
            if (title !== latest.current?.title) save({ title });
          }}
        />
        <ExportButton noteId={note.id} flush={flushSaves} />
      </header>
      <NoteEditor
        key={note.id}
        initialContent={note.content}
        onSave={onContent}
        onDirty={onDirty}
      />
    </section>
  );
}
