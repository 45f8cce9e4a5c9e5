import { memo, useCallback, useEffect, useState } from 'react';
import type { AppInfo } from '../../../shared/model';
import { call } from '../api';
import { NotePane } from '../editor/NotePane';
import { LibraryPane } from '../library/LibraryPane';
import { watchLibraryChanges } from './libraryChanges';
import { RecoveryNotice } from './RecoveryNotice';
import { PaneErrorBoundary } from './PaneErrorBoundary';
import { StatusBar, type SaveState } from './StatusBar';

// The save state changes while the user types; only the status bar needs to re-render for it.
const Library = memo(LibraryPane);
const Note = memo(NotePane);

export function App() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const [error, setError] = useState<string | null>(null);

  const refreshInfo = useCallback(() => {
    call('app.info', {})
      .then(setInfo)
      .catch((e: Error) => setError(e.message));
  }, []);

  useEffect(refreshInfo, [refreshInfo]);
  // Another process (the CLI, the browser host) wrote to the library: refresh what shows it.
  useEffect(() => watchLibraryChanges(refreshInfo), [refreshInfo]);

  return (
    <div className="app">
      <RecoveryNotice />
      <main className="panes">
        <PaneErrorBoundary name="library pane">
          <Library counts={info?.counts ?? null} onChanged={refreshInfo} onError={setError} />
        </PaneErrorBoundary>
        <PaneErrorBoundary name="note pane">
          <Note onSaveState={setSaveState} onError={setError} />
        </PaneErrorBoundary>
      </main>
      <PaneErrorBoundary name="status bar">
        <StatusBar info={info} saveState={saveState} error={error} />
      </PaneErrorBoundary>
    </div>
  );
}
