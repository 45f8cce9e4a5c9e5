import { memo, useCallback, useEffect, useState, type CSSProperties } from 'react';
import type { AppInfo } from '../../../shared/model';
import { call } from '../api';
import { NotePane } from '../editor/NotePane';
import { LibraryPane } from '../library/LibraryPane';
import { useTheme, useZoom } from './appearance';
import { AboutDialog } from './AboutDialog';
import { ALL_ENTITIES, invalidate, useChangeVersion } from './changes';
import { CommandPalette } from './CommandPalette';
import { installCommandKeys, runCommand, useAppCommand } from './commands';
import { watchLibraryChanges } from './libraryChanges';
import { connectMenuCommands } from './menuBridge';
import { PaneErrorBoundary } from './PaneErrorBoundary';
import { RecoveryNotice } from './RecoveryNotice';
import { ShortcutsSheet } from './ShortcutsSheet';
import { Splitter } from './Splitter';
import { StatusBar, type SaveState } from './StatusBar';
import { usePaneLayout } from './usePaneLayout';
import { WordCountContext, WordCountStore } from './wordCount';

// The save state changes while the user types; only the status bar needs to re-render for it.
const Library = memo(LibraryPane);
const Note = memo(NotePane);

type Overlay = 'none' | 'palette' | 'shortcuts' | 'about';

export function App() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [overlay, setOverlay] = useState<Overlay>('none');
  // Where focus and the caret were when an overlay opened: a command then acts there.
  const [returnFocus, setReturnFocus] = useState<{
    element: HTMLElement | null;
    range: Range | null;
  }>({ element: null, range: null });
  const [layout, setLayout] = usePaneLayout();
  const theme = useTheme();
  const zoom = useZoom();
  const [words] = useState(() => new WordCountStore());

  useEffect(installCommandKeys, []);
  // The desktop app's native menu runs the same commands as the keys and the palette.
  useEffect(() => connectMenuCommands((id) => runCommand(id)), []);
  // Another process (the CLI, the browser host) wrote to the library: every view reloads.
  useEffect(() => watchLibraryChanges(() => invalidate(ALL_ENTITIES)), []);

  const changes = useChangeVersion(...ALL_ENTITIES);
  useEffect(() => {
    let current = true;
    call('app.info', {})
      .then((next) => current && setInfo(next))
      .catch((e: Error) => current && setError(e.message));
    return () => {
      current = false;
    };
  }, [changes]);

  const show = (next: Overlay) => {
    const selection = window.getSelection();
    setReturnFocus({
      element: document.activeElement instanceof HTMLElement ? document.activeElement : null,
      range: selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null,
    });
    setOverlay(next);
  };
  const closeOverlay = useCallback(
    (restore = true) => {
      setOverlay('none');
      if (!restore) return;
      const { element, range } = returnFocus;
      element?.focus({ preventScroll: true });
      // Focusing an editable puts the caret at its start; put it back where it was.
      if (range && element?.isContentEditable && element.contains(range.startContainer)) {
        const selection = window.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
      }
    },
    [returnFocus],
  );

  useAppCommand('app.commandPalette', () => show('palette'));
  useAppCommand('help.shortcuts', () => show('shortcuts'));
  useAppCommand('help.about', () => show('about'));
  useAppCommand('library.backup', () => {
    call('library.backup', {})
      .then(({ path }) => setNotice(`Library backed up to ${path}`))
      .catch((e: Error) => setError(e.message));
  });
  useAppCommand('view.toggleLibrary', () =>
    setLayout({ libraryCollapsed: !layout.libraryCollapsed }),
  );
  useAppCommand('view.toggleDarkMode', theme.toggle);
  useAppCommand('view.zoomIn', () => zoom.step(1));
  useAppCommand('view.zoomOut', () => zoom.step(-1));
  useAppCommand('view.zoomReset', () => zoom.step(0));

  const style = { '--library-width': `${layout.libraryWidth}px` } as CSSProperties;
  return (
    <WordCountContext.Provider value={words}>
      <div className="app">
        <RecoveryNotice />
        <main
          className={layout.libraryCollapsed ? 'panes panes--collapsed' : 'panes'}
          style={style}
        >
          <div className="library-slot" hidden={layout.libraryCollapsed}>
            <PaneErrorBoundary name="library pane">
              <Library counts={info?.counts ?? null} onError={setError} />
            </PaneErrorBoundary>
          </div>
          {!layout.libraryCollapsed && (
            <Splitter
              width={layout.libraryWidth}
              onResize={(libraryWidth) => setLayout({ libraryWidth })}
            />
          )}
          <PaneErrorBoundary name="note pane">
            <Note onSaveState={setSaveState} onError={setError} />
          </PaneErrorBoundary>
        </main>
        <PaneErrorBoundary name="status bar">
          <StatusBar
            info={info}
            saveState={saveState}
            error={error}
            notice={notice}
            dark={theme.dark}
            zoom={zoom.zoom}
            libraryCollapsed={layout.libraryCollapsed}
          />
        </PaneErrorBoundary>
        {overlay === 'palette' && <CommandPalette onClose={closeOverlay} />}
        {overlay === 'shortcuts' && <ShortcutsSheet onClose={() => closeOverlay()} />}
        {overlay === 'about' && <AboutDialog onClose={() => closeOverlay()} />}
      </div>
    </WordCountContext.Provider>
  );
}
