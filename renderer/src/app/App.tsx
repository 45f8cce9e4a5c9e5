import { useCallback, useEffect, useState } from 'react';
import type { AppInfo } from '../../../shared/model';
import { call } from '../api';
import { NotePane } from '../editor/NotePane';
import { LibraryPane } from '../library/LibraryPane';
import { StatusBar, type SaveState } from './StatusBar';

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

  return (
    <div className="app">
      <main className="panes">
        <LibraryPane counts={info?.counts ?? null} onChanged={refreshInfo} onError={setError} />
        <NotePane onSaveState={setSaveState} onError={setError} />
      </main>
      <StatusBar info={info} saveState={saveState} error={error} />
    </div>
  );
}
