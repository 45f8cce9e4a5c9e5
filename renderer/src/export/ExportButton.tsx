import { useState } from 'react';
import { ariaShortcut, commandSpec, useAppCommand } from '../app/commands';
import { ExportDialog } from './ExportDialog';
import './export.css';

export interface ExportButtonProps {
  noteId: number;
  /** Resolves once every pending change to the note is saved, so the PDF shows the latest text. */
  flush: () => Promise<void>;
}

/** The note pane's "Export PDF" button; opens the options dialog. */
export function ExportButton({ noteId, flush }: ExportButtonProps) {
  const [open, setOpen] = useState(false);
  useAppCommand('export.pdf', () => setOpen(true));
  return (
    <>
      <button
        type="button"
        className="export-button"
        aria-keyshortcuts={ariaShortcut(commandSpec('export.pdf').shortcut!)}
        onClick={() => setOpen(true)}
      >
        Export PDF
      </button>
      {open && <ExportDialog noteId={noteId} flush={flush} onClose={() => setOpen(false)} />}
    </>
  );
}
