import type { AppInfo } from '../../../shared/model';
import { runCommand, shortcutOf } from './commands';
import { plural } from './plural';
import { useWordCounts } from './wordCount';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string; retried?: boolean }
  | { kind: 'failed'; message: string; retrying?: boolean };

function describe(state: SaveState): string {
  switch (state.kind) {
    case 'idle':
      return '';
    case 'dirty':
      return 'Unsaved changes';
    case 'saving':
      return 'Saving…';
    case 'saved':
      return `Saved ${new Date(state.at).toLocaleTimeString()}${state.retried ? ' (after retrying)' : ''}`;
    case 'failed':
      return `Not saved: ${state.message}${state.retrying ? ' — retrying…' : ''}`;
  }
}

/** The note's (or the selection's) words, with and without the quoted sources' words. */
function WordCount() {
  const { note, selection } = useWordCounts();
  const shown = selection ?? note;
  const own = shown.words - shown.quoted;
  const label = selection ? 'selected' : 'in note';
  return (
    <span
      className="status-words"
      aria-live="off"
      data-testid="word-count"
      title={`${plural(shown.words, 'word')} ${label} including quotes; ${plural(shown.quoted, 'word')} quoted`}
    >
      {plural(own, 'word')} {label}
      {shown.quoted > 0 && ` (${plural(shown.words, 'word')} with quotes)`}
    </span>
  );
}

export function StatusBar({
  info,
  saveState,
  error,
  notice,
  dark,
  zoom,
  libraryCollapsed,
}: {
  info: AppInfo | null;
  saveState: SaveState;
  error: string | null;
  notice: string | null;
  dark: boolean;
  zoom: number;
  libraryCollapsed: boolean;
}) {
  return (
    <footer className="status-bar" role="status" aria-live="polite">
      <button
        type="button"
        className="status-button"
        aria-pressed={!libraryCollapsed}
        title={`Show or hide the library (${shortcutOf('view.toggleLibrary')})`}
        onClick={() => runCommand('view.toggleLibrary')}
      >
        Library
      </button>
      <span className={`save-state save-state--${saveState.kind}`} data-testid="save-state">
        {describe(saveState)}
      </span>
      <WordCount />
      {error && (
        <span className="status-error" role="alert">
          {error}
        </span>
      )}
      {notice && <span className="status-notice">{notice}</span>}
      <span className="status-spacer" />
      {info && (
        <span
          className="status-library"
          aria-live="off"
          title={info.databasePath}
          data-testid="library-counts"
        >
          {plural(info.counts.sources, 'source')} · {plural(info.counts.excerpts, 'excerpt')} ·{' '}
          {plural(info.counts.claims, 'claim')} · {plural(info.counts.notes, 'note')}
        </span>
      )}
      {info && <span className="status-version">Briefwright {info.version}</span>}
      {zoom !== 1 && (
        <button
          type="button"
          className="status-button"
          title={`Actual size (${shortcutOf('view.zoomReset')})`}
          onClick={() => runCommand('view.zoomReset')}
        >
          {Math.round(zoom * 100)} %
        </button>
      )}
      <button
        type="button"
        className="status-button"
        aria-pressed={dark}
        onClick={() => runCommand('view.toggleDarkMode')}
      >
        Dark mode
      </button>
      <button
        type="button"
        className="status-button"
        title={`Keyboard shortcuts (${shortcutOf('help.shortcuts')})`}
        onClick={() => runCommand('help.shortcuts')}
      >
        Shortcuts
      </button>
    </footer>
  );
}
