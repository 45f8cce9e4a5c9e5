import { useRef, useState } from 'react';
import type { ReimportReport } from '../../../../shared/model/library';
import { fileToBase64 } from '../import/readFiles';
import * as library from '../libraryClient';

export interface ReplaceVersionButtonProps {
  sourceId: number;
  onReplaced: (report: ReimportReport) => void;
  onError: (message: string) => void;
}

/** "Replace with new version…": picks a file, reads it in the page and re-imports the source. */
export function ReplaceVersionButton({ sourceId, onReplaced, onError }: ReplaceVersionButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  return (
    <>
      <button
        type="button"
        className="link-button"
        disabled={busy}
        onClick={() => input.current?.click()}
      >
        {busy ? 'Replacing…' : 'Replace with new version…'}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        aria-label="New version of the source file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (!file) return;
          setBusy(true);
          fileToBase64(file)
            .then((data) => library.reimportSource(sourceId, file.name, data))
            .then(onReplaced)
            .catch((error: Error) => onError(error.message))
            .finally(() => setBusy(false));
        }}
      />
    </>
  );
}
