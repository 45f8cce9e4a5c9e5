import { useEffect, useId, useRef, useState } from 'react';
import { cleanUrl } from '../../../shared/links';

/**
 * The address for a link, asked in the app (Electron has no `window.prompt`). Only http, https
 * and mailto addresses are accepted; anything else is explained, and nothing is lost.
 */
export function LinkDialog({
  onSubmit,
  onClose,
}: {
  onSubmit: (url: string) => void;
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [value, setValue] = useState('https://');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => dialog.current?.showModal(), []);

  return (
    <dialog ref={dialog} className="link-dialog" aria-labelledby={titleId} onClose={onClose}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          const url = cleanUrl(value.trim());
          if (!url) {
            setError('Only http, https and mailto links can be added.');
            return;
          }
          onSubmit(url);
          dialog.current?.close();
        }}
      >
        <h2 id={titleId}>Add a link</h2>
        <label>
          Link address
          <input
            type="url"
            autoFocus
            value={value}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${titleId}-error` : undefined}
            onChange={(e) => {
              setValue(e.target.value);
              setError(null);
            }}
          />
        </label>
        {error && (
          <p id={`${titleId}-error`} className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="primary">
            Add link
          </button>
          <button type="button" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
