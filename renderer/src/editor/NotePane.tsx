import { useCallback, useEffect, useRef, useState } from 'react';
import type { Note, NoteSummary } from '../../../shared/model';
import type { NoteTemplate } from '../../../shared/model/notes';
import { call } from '../api';
import { ExportButton } from '../export/ExportButton';
import type { SaveState } from '../app/StatusBar';
import { NoteEditor } from './NoteEditor';
import { NotesList } from './NotesList';
import { RevisionHistory } from './RevisionHistory';

export interface NotePaneProps {
  onSaveState: (state: SaveState) => void;
  onError: (message: string) => void;
}

type Panel = 'none' | 'notes' | 'history';

/** The note that was open last, reopened at start (and after a crashed window is reloaded). */
const LAST_NOTE_KEY = 'briefwright.lastNote';

/** Opens the most recent note (creating the first one), keeps it saved, and manages notes. */
export function NotePane({ onSaveState, onError }: NotePaneProps) {
  const [note, setNote] = useState<Note | null>(null);
  const [title, setTitle] = useState('');
  const [panel, setPanel] = useState<Panel>('none');
  const [notes, setNotes] = useState<NoteSummary[]>([]);
  const [trashed, setTrashed] = useState<NoteSummary[]>([]);
  // Last known title and content per note: a closing editor still saves into its own note.
  const latest = useRef(new Map<number, { title: string; content: string }>());
  // Saves run one after another so an older state can never overwrite a newer one.
  const queue = useRef<Promise<void>>(Promise.resolve());

  const refreshList = useCallback(async () => {
    const [live, trash] = await Promise.all([
      call('notes.list', {}),
      call('notes.list', { trashed: true }),
    ]);
    setNotes(live);
    setTrashed(trash);
    return live;
  }, []);

  const open = useCallback((opened: Note) => {
    localStorage.setItem(LAST_NOTE_KEY, String(opened.id));
    latest.current.set(opened.id, { title: opened.title, content: opened.content });
    setTitle(opened.title);
    setNote(opened);
  }, []);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const live = await refreshList();
      const last = Number(localStorage.getItem(LAST_NOTE_KEY));
      const first = live.find((n) => n.id === last) ?? live[0];
      const opened = first
        ? await call('notes.get', { id: first.id })
        : await call('notes.create', {});
      if (!cancelled) open(opened);
    })().catch((e: Error) => onError(e.message));
    return () => {
      cancelled = true;
    };
  }, [onError, open, refreshList]);

  const saveNote = useCallback(
    (id: number, changes: Partial<{ title: string; content: string }>) => {
      const before = latest.current.get(id);
      if (!before) return;
      const snapshot = { ...before, ...changes };
      latest.current.set(id, snapshot);
      onSaveState({ kind: 'saving' });
      const done = queue.current.then(async () => {
        try {
          const saved = await call('notes.save', { id, ...snapshot });
          if (latest.current.get(id) === snapshot)
            onSaveState({ kind: 'saved', at: saved.updatedAt });
        } catch (e) {
          onSaveState({ kind: 'failed', message: (e as Error).message });
        }
      });
      queue.current = done;
      return done;
    },
    [onSaveState],
  );

  const noteId = note?.id;
  const onDirty = useCallback(() => onSaveState({ kind: 'dirty' }), [onSaveState]);
  const flushSaves = useCallback(() => queue.current, []);
  const onContent = useCallback(
    (content: string) => {
      if (noteId !== undefined) void saveNote(noteId, { content });
    },
    [noteId, saveNote],
  );

  const switchTo = async (load: () => Promise<Note>, closePanel = true) => {
    try {
      await queue.current;
      const next = await load();
      open(next);
      if (closePanel) setPanel('none');
      await refreshList();
    } catch (e) {
      onError((e as Error).message);
    }
  };

  // A note hit in the library search asks for its note to be opened.
  const switchToRef = useRef(switchTo);
  switchToRef.current = switchTo;
  useEffect(() => {
    const onOpenNote = (event: Event) => {
      const id = (event as CustomEvent<{ id?: unknown }>).detail?.id;
      if (typeof id === 'number' && Number.isInteger(id) && id > 0) {
        void switchToRef.current(() => call('notes.get', { id }));
      }
    };
    window.addEventListener('briefwright:open-note', onOpenNote);
    return () => window.removeEventListener('briefwright:open-note', onOpenNote);
  }, []);

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
        <button
          type="button"
          className="note-header-button"
          aria-expanded={panel === 'notes'}
          onClick={() => {
            setPanel(panel === 'notes' ? 'none' : 'notes');
            void refreshList();
          }}
        >
          Notes
        </button>
        <input
          className="note-title"
          aria-label="Note title"
          value={title}
          placeholder="Untitled briefing"
          onChange={(e) => setTitle(e.target.value)}
          onBlur={() => {
            if (title !== latest.current.get(note.id)?.title)
              void saveNote(note.id, { title })?.then(() => refreshList());
          }}
        />
        <button
          type="button"
          className="note-header-button"
          aria-expanded={panel === 'history'}
          onClick={() => setPanel(panel === 'history' ? 'none' : 'history')}
        >
          History
        </button>
        <ExportButton noteId={note.id} flush={flushSaves} />
      </header>
      {panel === 'notes' && (
        <NotesList
          currentId={note.id}
          notes={notes}
          trashed={trashed}
          onOpen={(id) => void switchTo(() => call('notes.get', { id }))}
          onCreate={(template: NoteTemplate) =>
            void switchTo(() => call('notes.create', { template }))
          }
          onDuplicate={(id) => void switchTo(() => call('notes.duplicate', { id }))}
          onRename={async (id, newTitle) => {
            // Renames join the save queue: a save already in flight with the old title must not
            // land after the rename, and later saves carry the new title.
            const known = latest.current.get(id);
            if (known) latest.current.set(id, { ...known, title: newTitle });
            if (id === note.id) setTitle(newTitle);
            const renamed = queue.current.then(() => call('notes.rename', { id, title: newTitle }));
            queue.current = renamed.then(
              () => undefined,
              () => undefined,
            );
            await renamed;
            await refreshList();
          }}
          onDelete={async (id) => {
            await queue.current;
            await call('notes.delete', { id });
            const live = await refreshList();
            if (id === note.id)
              await switchTo(
                () => (live[0] ? call('notes.get', { id: live[0].id }) : call('notes.create', {})),
                false,
              );
          }}
          onRestore={async (id) => {
            await call('notes.restore', { id });
            await refreshList();
          }}
          onError={onError}
        />
      )}
      {panel === 'history' && (
        <RevisionHistory
          noteId={note.id}
          beforeRestore={() => queue.current}
          onRestored={(restored) => {
            setPanel('none');
            open(restored);
          }}
          onError={onError}
        />
      )}
      <NoteEditor
        key={`${note.id}:${note.updatedAt}`}
        initialContent={note.content}
        noteId={note.id}
        onSave={onContent}
        onDirty={onDirty}
        onError={onError}
      />
    </section>
  );
}
