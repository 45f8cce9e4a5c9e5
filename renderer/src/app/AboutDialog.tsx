import { useEffect, useId, useRef, useState } from 'react';
import type { AppInfo } from '../../../shared/model';
import { call } from '../api';

/**
 * Help › About: what this build is and runs on, and where its library and log are, so a person
 * can find their data or attach the log to a report. Opened by the `help.about` command.
 */
export function AboutDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    dialog.current?.showModal();
    let cancelled = false;
    call('app.info', {})
      .then((i) => !cancelled && setInfo(i))
      .catch((e: Error) => !cancelled && setError(e.message));
    return () => {
      cancelled = true;
    };
  }, []);

  const rows: [string, string][] = info
    ? [
        ['Version', info.version],
        ...(info.versions.electron
          ? [['Electron', info.versions.electron] as [string, string]]
          : []),
        ...(info.versions.chrome ? [['Chromium', info.versions.chrome] as [string, string]] : []),
        ['Node.js', info.versions.node],
        ['Library', info.databasePath],
        ['Schema', String(info.schemaVersion)],
        ['Log file', info.logPath],
      ]
    : [];

  return (
    <dialog ref={dialog} className="about-dialog" aria-labelledby={titleId} onClose={onClose}>
      <form method="dialog">
        <h2 id={titleId}>About Briefwright</h2>
        <p>Offline briefing notes with a cited source library.</p>
        {error && <p role="alert">{error}</p>}
        {info && (
          <dl>
            {rows.map(([term, value]) => (
              <div key={term}>
                <dt>{term}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        )}
        <button type="submit" autoFocus>
          Close
        </button>
      </form>
    </dialog>
  );
}
