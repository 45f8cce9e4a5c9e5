import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import * as library from '../libraryClient';
import { ImportMarking } from '../markings/ImportMarking';
import { fileToBase64, filesFromDrop, filesFromInput, type PendingFile } from './readFiles';
import { useImportQueue, type ImportTask } from './useImportQueue';

function uploadTasks(files: PendingFile[], marking: string | null): ImportTask[] {
  return files.map(({ name, file }) => ({
    name,
    run: async () => library.importFile(name, await fileToBase64(file), marking),
  }));
}

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');

/**
 * Every way in: Import… (the native dialog in the desktop app, a file picker in the browser),
 * and files or folders dropped anywhere on the window that nothing else took.
 */
export function useImportControls(onImported: () => void, onError: (message: string) => void) {
  const { batch, enqueue, enqueueReport, dismiss } = useImportQueue(onImported);
  const fileInput = useRef<HTMLInputElement>(null);
  const [dropping, setDropping] = useState(false);
  // One marking for the whole batch, whichever way its files come in.
  const [marking, setMarking] = useState<string | null>(null);
  const markingRef = useRef(marking);
  markingRef.current = marking;

  // Known after the first try: whether this host has a native dialog (the desktop app) or not.
  const nativeDialog = useRef<boolean | null>(null);
  const choose = useCallback(() => {
    if (nativeDialog.current === false) {
      fileInput.current?.click();
      return;
    }
    enqueueReport(async () => {
      const rows = await library.importChosen(markingRef.current);
      if (rows === 'unsupported') {
        nativeDialog.current = false;
        // Still within the click's user activation, so the browser allows the picker.
        fileInput.current?.click();
        return null;
      }
      nativeDialog.current = true;
      return rows;
    });
  }, [enqueueReport]);

  useEffect(() => {
    let depth = 0;
    const onEnter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setDropping(true);
    };
    const onLeave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDropping(false);
    };
    const onOver = (e: DragEvent) => {
      if (!hasFiles(e) || e.defaultPrevented) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (e: DragEvent) => {
      depth = 0;
      setDropping(false);
      // The note editor takes the drops it handles (and prevents default); the rest are imports.
      if (!hasFiles(e) || e.defaultPrevented || !e.dataTransfer) return;
      e.preventDefault();
      filesFromDrop(e.dataTransfer)
        .then((files) => enqueue(uploadTasks(files, markingRef.current)))
        .catch((err: Error) => onError(err.message));
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [enqueue, onError]);

  const inputs: ReactNode = (
    <input
      ref={fileInput}
      type="file"
      multiple
      hidden
      aria-label="Files to import"
      data-testid="import-files"
      accept=".txt,.md,.markdown,.html,.htm,.pdf,.docx,text/plain,text/html,application/pdf"
      onChange={(e) => {
        enqueue(uploadTasks(filesFromInput(e.target.files), markingRef.current));
        e.target.value = '';
      }}
    />
  );

  const markingControl: ReactNode = <ImportMarking value={marking} onChange={setMarking} />;

  return { batch, dismiss, choose, inputs, dropping, markingControl };
}
