import { useState } from 'react';

/** Set by the desktop app when it reloads a window whose renderer stopped (see crashRecovery.ts). */
const RECOVERED_PARAM = 'recovered';

/** Reads and removes the flag, so a later manual reload does not repeat the message. */
function takeRecoveredFlag(): boolean {
  const url = new URL(window.location.href);
  if (!url.searchParams.has(RECOVERED_PARAM)) return false;
  url.searchParams.delete(RECOVERED_PARAM);
  window.history.replaceState(null, '', url.pathname + url.search + url.hash);
  return true;
}

/** A calm word after the window had to be reopened, instead of a blank or silent restart. */
export function RecoveryNotice() {
  const [shown, setShown] = useState(takeRecoveredFlag);
  if (!shown) return null;
  return (
    <div className="recovery-notice" role="status">
      <span>
        The window stopped unexpectedly and was reopened. Your note is as it was last saved.
      </span>
      <button type="button" onClick={() => setShown(false)}>
        Dismiss
      </button>
    </div>
  );
}
