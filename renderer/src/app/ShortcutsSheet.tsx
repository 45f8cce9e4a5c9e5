import { useEffect, useRef } from 'react';
import { APP_COMMANDS } from '../../../shared/commands';
import { shortcutOf } from './commands';

const GROUPS = [
  { scope: 'app', title: 'Anywhere' },
  { scope: 'reader', title: 'In the source reader (with text selected)' },
] as const;

/** F1 or ?: every shortcut, read from the command declarations so it can never drift. */
export function ShortcutsSheet({ onClose }: { onClose: () => void }) {
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => closeRef.current?.focus(), []);
  return (
    <div className="palette-backdrop" onMouseDown={onClose}>
      <div
        className="palette shortcuts-sheet"
        role="dialog"
        aria-modal="true"
        aria-labelledby="shortcuts-title"
        onMouseDown={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            onClose();
          }
        }}
      >
        <header className="dialog-header">
          <h2 id="shortcuts-title">Keyboard shortcuts</h2>
          <button type="button" ref={closeRef} onClick={onClose}>
            Close
          </button>
        </header>
        {GROUPS.map(({ scope, title }) => (
          <section key={scope}>
            <h3>{title}</h3>
            <dl className="shortcut-list">
              {APP_COMMANDS.filter((c) => c.shortcut && (c.scope ?? 'app') === scope).map((c) => (
                <div key={c.id} className="shortcut-row">
                  <dt>{c.label}</dt>
                  <dd>
                    <kbd>{shortcutOf(c.id)}</kbd>
                  </dd>
                </div>
              ))}
              {scope === 'reader' && (
                <div className="shortcut-row">
                  <dt>Move the caret / extend the selection (by word with Ctrl)</dt>
                  <dd>
                    <kbd>Arrows</kbd> / <kbd>Shift+Arrows</kbd>
                  </dd>
                </div>
              )}
              {scope === 'reader' && (
                <div className="shortcut-row">
                  <dt>Next excerpt highlight / open it</dt>
                  <dd>
                    <kbd>Tab</kbd> / <kbd>Enter</kbd>
                  </dd>
                </div>
              )}
            </dl>
          </section>
        ))}
      </div>
    </div>
  );
}
