import type { AppInfo } from '../../../shared/model';

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

export function StatusBar({
  info,
  saveState,
  error,
}: {
  info: AppInfo | null;
  saveState: SaveState;
  error: string | null;
}) {
  return (
    <footer className="status-bar" role="status" aria-live="polite">
      <span className={`save-state save-state--${saveState.kind}`} data-testid="save-state">
        {describe(saveState)}
      </span>
      {error && <span className="status-error">{error}</span>}
      <span className="status-spacer" />
      {info && (
        <span className="status-library" title={info.databasePath}>
          {info.counts.sources} sources · {info.counts.excerpts} excerpts · {info.counts.claims}{' '}
          claims · {info.counts.notes} notes
        </span>
      )}
      {info && <span className="status-version">Briefwright {info.version}</span>}
    </footer>
  );
}
