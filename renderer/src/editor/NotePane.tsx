import { useCallback, useEffect, useRef, useState } from 'react';
import type { Note, NoteSummary } from '../../../shared/model';
import type { NoteTemplate } from '../../../shared/model/notes';
import { prepareNoteContent, UnreadableNoteError } from '../../../shared/note/noteContent';
import { ApiCallError, call } from '../api';
import { useChangeVersion } from '../app/changes';
import { useAppCommand } from '../app/commands';
import { PaneErrorBoundary } from '../app/PaneErrorBoundary';
import type { SaveState } from '../app/StatusBar';
import { ExportButton } from '../export/ExportButton';
import { NoteEditor } from './NoteEditor';
import { NotesList } from './NotesList';
import { RevisionHistory } from './RevisionHistory';

export interface NotePaneProps {
  onSaveState: (state: SaveState) => void;
  onError: (message: string) => void;
}

type Panel = 'none' | 'notes' | 'history';

/** Errors a later attempt cannot fix: the save is refused, not merely delayed. */
const FINAL_SAVE_ERRORS = new Set([
  'bad_request',
  'not_found',
  'too_large',
  'unauthorized',
  'forbidden',
]);
/** Pause before the next automatic save attempt (grows to this cap). */
const MAX_RETRY_DELAY_MS = 15_000;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A note ready for the editor: what was stored, and the same made safe to load. */
interface OpenNote extends Note {
  editorContent: string;
}

function prepare(note: Note): OpenNote {
  return { ...note, editorContent: prepareNoteContent(note.content).content };
}

/** The note that was open last, reopened at start (and after a crashed window is reloaded). */
const LAST_NOTE_KEY = 'briefwright.lastNote';

/** Opens the most recent note (creating the first one), keeps it saved, and manages notes. */
export function NotePane({ onSaveState, onError }: NotePaneProps) {
  const [note, setNote] = useState<OpenNote | null>(null);
  const [title, setTitle] = useState('');
  const [panel, setPanel] = useState<Panel>('none');
  const [notes, setNotes] = useState<NoteSummary[]>([]);
  const [trashed, setTrashed] = useState<NoteSummary[]>([]);
  // Last known title and content per note: a closing editor still saves into its own note.
  const latest = useRef(new Map<number, { title: string; content: string }>());
  // Saves run one after another so an older state can never overwrite a newer one.
  const queue = useRef<Promise<void>>(Promise.resolve());
  // The revision each note's next save is based on (what this window last loaded or saved).
  const revisions = useRef(new Map<number, number>());
  // While launching, a note that fails to open is skipped and the next newest tried.
  const launch = useRef<{ remaining: NoteSummary[]; skipped: string[] } | null>(null);
  const launchNoteId = useRef<number | null>(null);

  const refreshList = useCallback(async () => {
    const [live, trash] = await Promise.all([
      call('notes.list', {}),
      call('notes.list', { trashed: true }),
    ]);
    setNotes(live);
    setTrashed(trash);
    return live;
  }, []);

  /** Shows a note; throws UnreadableNoteError (and changes nothing) when it cannot be shown. */
  const open = useCallback((opened: Note) => {
    const ready = prepare(opened);
    localStorage.setItem(LAST_NOTE_KEY, String(opened.id));
    latest.current.set(opened.id, { title: opened.title, content: opened.content });
    revisions.current.set(opened.id, opened.revision);
    setTitle(opened.title);
    setNote(ready);
  }, []);

  /** At launch: the newest note that opens; those that cannot are skipped with a message. */
  const openNextAtLaunch = useCallback(async () => {
    const state = launch.current;
    if (!state) return;
    let next = state.remaining.shift();
    while (next) {
      try {
        open(await call('notes.get', { id: next.id }));
        launchNoteId.current = next.id;
        break;
      } catch (e) {
        if (!(e instanceof UnreadableNoteError)) throw e;
        state.skipped.push(`“${next.title || 'Untitled'}” (${e.message})`);
        next = state.remaining.shift();
      }
    }
    if (!next) {
      const created = await call('notes.create', {});
      open(created);
      launchNoteId.current = created.id;
    }
    if (state.skipped.length)
      onError(`Skipped at launch, content kept unchanged: ${state.skipped.join('; ')}`);
  }, [onError, open]);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const live = await refreshList();
      if (cancelled) return;
      // The note that was open last goes first, then the rest, newest first.
      const last = Number(localStorage.getItem(LAST_NOTE_KEY));
      const lastNote = live.find((n) => n.id === last);
      const order = lastNote ? [lastNote, ...live.filter((n) => n !== lastNote)] : [...live];
      launch.current = { remaining: order, skipped: [] };
      await openNextAtLaunch();
    })().catch((e: Error) => onError(e.message));
    return () => {
      cancelled = true;
    };
  }, [onError, openNextAtLaunch, refreshList]);

  // The editor failed while showing this note: at launch, move on to the next one.
  const onEditorFailure = useCallback(
    (error: Error) => {
      const state = launch.current;
      if (state && note && note.id === launchNoteId.current) {
        state.skipped.push(`“${note.title || 'Untitled'}” (${error.message})`);
        void openNextAtLaunch().catch((e: Error) => onError(e.message));
      } else {
        onError(
          `This note could not be shown (${error.message}). Its saved content is kept unchanged.`,
        );
      }
    },
    [note, onError, openNextAtLaunch],
  );

  const saveNote = useCallback(
    (id: number, changes: Partial<{ title: string; content: string }>) => {
      const before = latest.current.get(id);
      if (!before) return;
      const snapshot = { ...before, ...changes };
      latest.current.set(id, snapshot);
      onSaveState({ kind: 'saving' });
      const done = queue.current.then(async () => {
        for (let attempt = 0; ; attempt++) {
          // A newer state queued behind this one carries its changes too.
          if (attempt > 0 && latest.current.get(id) !== snapshot) return;
          try {
            const saved = await call('notes.save', {
              id,
              ...snapshot,
              baseRevision: revisions.current.get(id),
            });
            revisions.current.set(id, saved.revision);
            if (saved.keptOther)
              onError(
                `“${snapshot.title || 'Untitled'}” was also saved elsewhere (another window or ` +
                  `process). That version is kept in History (${new Date(saved.keptOther.createdAt).toLocaleTimeString()}); ` +
                  `this one is now current.`,
              );
            if (latest.current.get(id) === snapshot)
              onSaveState({ kind: 'saved', at: saved.updatedAt, retried: attempt > 0 });
            return;
          } catch (e) {
            const message = (e as Error).message;
            if (e instanceof ApiCallError && FINAL_SAVE_ERRORS.has(e.code)) {
              onSaveState({ kind: 'failed', message, retrying: false });
              return;
            }
            onSaveState({ kind: 'failed', message, retrying: true });
            await sleep(Math.min(MAX_RETRY_DELAY_MS, 1000 * 2 ** attempt));
          }
        }
      });
      queue.current = done;
      return done;
    },
    [onError, onSaveState],
  );

  const noteId = note?.id;
  const onDirty = useCallback(() => {
    // The user is editing: the launch is over.
    launch.current = null;
    onSaveState({ kind: 'dirty' });
  }, [onSaveState]);
  const flushSaves = useCallback(() => queue.current, []);
  const onContent = useCallback(
    (content: string) => {
      if (noteId !== undefined) void saveNote(noteId, { content });
    },
    [noteId, saveNote],
  );

  const switchTo = async (load: () => Promise<Note>, closePanel = true) => {
    launch.current = null;
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

  useAppCommand('note.open', (arg) => {
    if (arg) void switchTo(() => call('notes.get', { id: arg.id }));
    else setPanel('notes');
  });
  useAppCommand('note.list', () => setPanel((p) => (p === 'notes' ? 'none' : 'notes')));
  useAppCommand('note.new', () => void switchTo(() => call('notes.create', {})));

  // The open list follows every change to notes: from this pane, another window or the CLI.
  // (Closed, it is not reloaded: each autosave would otherwise re-render the editor's pane.)
  const notesVersion = useChangeVersion('notes');
  useEffect(() => {
    if (panel === 'notes') refreshList().catch(() => undefined);
  }, [notesVersion, refreshList, panel]);

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
      <PaneErrorBoundary
        key={`${note.id}:${note.updatedAt}`}
        name="note editor"
        onFailure={onEditorFailure}
      >
        <NoteEditor
          initialContent={note.editorContent}
          noteId={note.id}
          onSave={onContent}
          onDirty={onDirty}
          onError={onError}
        />
      </PaneErrorBoundary>
    </section>
  );
}
