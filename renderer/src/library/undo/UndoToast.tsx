import { useEffect } from 'react';

export interface UndoOffer {
  message: string;
  undo: () => Promise<void>;
}

/** "Deleted … · Undo" for a few seconds; Ctrl/Cmd+Z while it shows also undoes. */
export function UndoToast({ offer, onDone }: { offer: UndoOffer; onDone: () => void }) {
  useEffect(() => {
    const timer = setTimeout(onDone, 8000);
    const onKey = (e: KeyboardEvent) => {
      const el = e.target as HTMLElement | null;
      if (el && (el.isContentEditable || /^(INPUT|TEXTAREA)$/.test(el.tagName))) return;
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z') {
        e.preventDefault();
        void offer.undo().finally(onDone);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('keydown', onKey);
    };
  }, [offer, onDone]);
  return (
    <div className="undo-toast" role="alert">
      <span>{offer.message}</span>
      <button type="button" onClick={() => void offer.undo().finally(onDone)}>
        Undo
      </button>
    </div>
  );
}
