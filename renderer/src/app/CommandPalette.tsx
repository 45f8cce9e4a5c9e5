import { useMemo, useRef, useState } from 'react';
import { APP_COMMANDS, type AppCommandId } from '../../../shared/commands';
import { isCommandEnabled, runCommand, shortcutOf, useCommandsVersion } from './commands';

/** Every word typed appears in the label, in any order ("zoom in", "in zoom"). */
function matches(label: string, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const hay = label.toLowerCase();
  return words.every((w) => hay.includes(w));
}

/**
 * Ctrl/Cmd+Shift+P: runs any command by name. Focus goes back where it was before the command
 * runs, so a note command acts on the note's caret.
 */
export function CommandPalette({ onClose }: { onClose: (restoreFocus: boolean) => void }) {
  useCommandsVersion();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLUListElement>(null);
  const commands = useMemo(
    () =>
      APP_COMMANDS.filter(
        (c) =>
          c.palette !== false &&
          c.id !== 'app.commandPalette' &&
          isCommandEnabled(c.id) &&
          matches(c.label, query),
      ),
    [query],
  );
  const current = commands[Math.min(active, commands.length - 1)];

  const run = (id: AppCommandId) => {
    onClose(true);
    // After the palette has unmounted and focus is back where the user was.
    requestAnimationFrame(() => runCommand(id));
  };

  return (
    <div className="palette-backdrop" onMouseDown={() => onClose(true)}>
      <div
        className="palette"
        role="dialog"
        aria-modal="true"
        aria-label="Command palette"
        onMouseDown={(e) => e.stopPropagation()}
      >
        <input
          autoFocus
          type="text"
          role="combobox"
          aria-expanded="true"
          aria-label="Command"
          aria-controls="command-palette-list"
          aria-activedescendant={current ? `command-${current.id}` : undefined}
          placeholder="Type a command…"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              onClose(true);
            } else if (e.key === 'ArrowDown') {
              e.preventDefault();
              setActive((i) => Math.min(commands.length - 1, i + 1));
            } else if (e.key === 'ArrowUp') {
              e.preventDefault();
              setActive((i) => Math.max(0, i - 1));
            } else if (e.key === 'Enter' && current) {
              e.preventDefault();
              run(current.id);
            }
          }}
        />
        {commands.length === 0 && <p className="palette-message">No command matches.</p>}
        <ul id="command-palette-list" role="listbox" aria-label="Commands" ref={listRef}>
          {commands.map((c) => (
            <li
              key={c.id}
              id={`command-${c.id}`}
              role="option"
              aria-selected={c === current}
              className={c === current ? 'command-row command-row--active' : 'command-row'}
              onMouseEnter={() => setActive(commands.indexOf(c))}
              onClick={() => run(c.id)}
            >
              <span>{c.label}</span>
              {c.shortcut && <kbd>{shortcutOf(c.id)}</kbd>}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
