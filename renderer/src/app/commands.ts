import { useEffect, useRef, useSyncExternalStore } from 'react';
import { APP_COMMANDS, type AppCommandId, type AppCommandSpec } from '../../../shared/commands';

/**
 * The renderer's side of `shared/commands.ts`: panes bind a handler to each command id, and
 * buttons, the keyboard, the command palette, the shortcuts sheet and the desktop menu
 * (`runCommand`) all go through here, so one action has one implementation.
 */

/** Commands that take an argument; every other command takes none. */
export interface CommandArgs {
  'note.open': { id: number };
}
export type CommandArg<I extends AppCommandId> = I extends keyof CommandArgs
  ? CommandArgs[I]
  : undefined;

interface Binding {
  run: (arg: unknown) => void;
  enabled?: () => boolean;
}

// A stack per id: the most recently mounted handler wins (a dialog can take over Find, say).
const bindings = new Map<AppCommandId, Binding[]>();
const listeners = new Set<() => void>();
let version = 0;

function changed() {
  version += 1;
  for (const listener of listeners) listener();
}

export function registerCommand<I extends AppCommandId>(
  id: I,
  run: (arg: CommandArg<I> | undefined) => void,
  enabled?: () => boolean,
): () => void {
  const binding: Binding = { run: run as (arg: unknown) => void, enabled };
  const stack = bindings.get(id) ?? [];
  stack.push(binding);
  bindings.set(id, stack);
  changed();
  return () => {
    const current = bindings.get(id);
    if (!current) return;
    const at = current.indexOf(binding);
    if (at >= 0) current.splice(at, 1);
    changed();
  };
}

function activeBinding(id: AppCommandId): Binding | undefined {
  const stack = bindings.get(id);
  return stack?.[stack.length - 1];
}

export function isCommandEnabled(id: AppCommandId): boolean {
  const binding = activeBinding(id);
  return !!binding && (binding.enabled?.() ?? true);
}

/** Runs a command; false when nothing handles it now or it is disabled. */
export function runCommand<I extends AppCommandId>(id: I, arg?: CommandArg<I>): boolean {
  const binding = activeBinding(id);
  if (!binding || !(binding.enabled?.() ?? true)) return false;
  binding.run(arg);
  return true;
}

/** Binds a handler while the calling component is mounted; the handler may change every render. */
export function useAppCommand<I extends AppCommandId>(
  id: I,
  run: (arg: CommandArg<I> | undefined) => void,
  enabled?: () => boolean,
): void {
  const latest = useRef({ run, enabled });
  latest.current = { run, enabled };
  useEffect(
    () =>
      registerCommand(
        id,
        (arg) => latest.current.run(arg),
        () => latest.current.enabled?.() ?? true,
      ),
    [id],
  );
}

/** Re-renders when handlers come and go (the palette lists what can run now). */
export function useCommandsVersion(): number {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => version,
  );
}

// ---------------------------------------------------------------------------------------------
// Shortcuts: Electron accelerator syntax, parsed once.

export interface Chord {
  /** CmdOrCtrl: Meta on macOS, Control elsewhere. */
  primary: boolean;
  ctrl: boolean;
  meta: boolean;
  alt: boolean;
  shift: boolean;
  /** The key, in accelerator spelling ("P", "Up", "F1", "=", "\\"). */
  key: string;
}

export function parseAccelerator(accelerator: string): Chord {
  const chord: Chord = {
    primary: false,
    ctrl: false,
    meta: false,
    alt: false,
    shift: false,
    key: '',
  };
  // "CmdOrCtrl+=" and "CmdOrCtrl++" end in the key itself; split on "+" that joins parts only.
  const parts = accelerator.split(/\+(?=.)/);
  for (const part of parts) {
    const p = part.toLowerCase();
    if (p === 'cmdorctrl' || p === 'commandorcontrol') chord.primary = true;
    else if (p === 'ctrl' || p === 'control') chord.ctrl = true;
    else if (p === 'cmd' || p === 'command' || p === 'meta' || p === 'super') chord.meta = true;
    else if (p === 'alt' || p === 'option') chord.alt = true;
    else if (p === 'shift') chord.shift = true;
    else chord.key = part;
  }
  return chord;
}

export const isMac = (): boolean =>
  typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

const KEY_CODES: Record<string, string[]> = {
  up: ['ArrowUp'],
  down: ['ArrowDown'],
  left: ['ArrowLeft'],
  right: ['ArrowRight'],
  '=': ['Equal', 'NumpadAdd'],
  plus: ['Equal', 'NumpadAdd'],
  '-': ['Minus', 'NumpadSubtract'],
  '\\': ['Backslash', 'IntlBackslash'],
  '/': ['Slash'],
  ',': ['Comma'],
  '.': ['Period'],
  esc: ['Escape'],
  escape: ['Escape'],
  enter: ['Enter', 'NumpadEnter'],
};

interface KeyLike {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

function keyMatches(key: string, event: KeyLike): boolean {
  const k = key.toLowerCase();
  if (/^[a-z]$/.test(k)) return event.key.toLowerCase() === k || event.code === `Key${key}`;
  if (/^[0-9]$/.test(k)) return event.code === `Digit${k}` || event.code === `Numpad${k}`;
  if (/^f\d{1,2}$/.test(k)) return event.key.toLowerCase() === k;
  const codes = KEY_CODES[k];
  return codes ? codes.includes(event.code) || event.key === key : event.key === key;
}

export function matchesChord(chord: Chord, event: KeyLike, mac = isMac()): boolean {
  const wantCtrl = chord.ctrl || (chord.primary && !mac);
  const wantMeta = chord.meta || (chord.primary && mac);
  if (event.ctrlKey !== wantCtrl || event.metaKey !== wantMeta || event.altKey !== chord.alt)
    return false;
  // Zoom in is also Ctrl++ (Shift+= on most keyboards).
  const shiftFree = chord.key === '=' || chord.key.toLowerCase() === 'plus';
  if (!shiftFree && event.shiftKey !== chord.shift) return false;
  return keyMatches(chord.key, event);
}

const KEY_NAMES: Record<string, string> = { Up: '↑', Down: '↓', Left: '←', Right: '→' };

/** How a shortcut is shown to the user on this platform ("Ctrl+Shift+P", "⌘⇧P"). */
export function formatShortcut(accelerator: string, mac = isMac()): string {
  const c = parseAccelerator(accelerator);
  const key = KEY_NAMES[c.key] ?? (c.key.length === 1 ? c.key.toUpperCase() : c.key);
  if (mac)
    return [
      c.ctrl ? '⌃' : '',
      c.alt ? '⌥' : '',
      c.shift ? '⇧' : '',
      c.primary || c.meta ? '⌘' : '',
      key,
    ].join('');
  return [
    c.primary || c.ctrl ? 'Ctrl' : '',
    c.meta ? 'Meta' : '',
    c.alt ? 'Alt' : '',
    c.shift ? 'Shift' : '',
    key,
  ]
    .filter(Boolean)
    .join('+');
}

/** The shortcut in `aria-keyshortcuts` form ("Control+Shift+P"). */
export function ariaShortcut(accelerator: string, mac = isMac()): string {
  const c = parseAccelerator(accelerator);
  const key = c.key === 'Up' ? 'ArrowUp' : c.key === 'Down' ? 'ArrowDown' : c.key;
  return [
    c.ctrl || (c.primary && !mac) ? 'Control' : '',
    c.meta || (c.primary && mac) ? 'Meta' : '',
    c.alt ? 'Alt' : '',
    c.shift ? 'Shift' : '',
    key,
  ]
    .filter(Boolean)
    .join('+');
}

export function commandSpec(id: AppCommandId): AppCommandSpec {
  return APP_COMMANDS.find((c) => c.id === id)!;
}

/** The shortcut of a command as shown to the user, or '' when it has none. */
export function shortcutOf(id: AppCommandId): string {
  const shortcut = commandSpec(id).shortcut;
  return shortcut ? formatShortcut(shortcut) : '';
}

function isTypingTarget(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.tagName !== 'string') return false;
  if (el.isContentEditable) return true;
  if (el.tagName === 'TEXTAREA' || el.tagName === 'SELECT') return true;
  if (el.tagName !== 'INPUT') return false;
  const type = (el as HTMLInputElement).type;
  return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color'].includes(type);
}

const chords = APP_COMMANDS.filter((c) => c.shortcut).map((spec) => ({
  spec,
  chord: parseAccelerator(spec.shortcut!),
}));

/** The command a key event asks for, honouring scopes; null when none. */
export function commandForKey(event: KeyboardEvent, mac = isMac()): AppCommandId | null {
  const typing = isTypingTarget(event.target);
  // In the reader when focus is there, or when nothing has focus and text there is selected.
  const scoped = (node: Node | null | undefined) => {
    const el = node instanceof Element ? node : (node?.parentElement ?? null);
    return !!el?.closest('[data-command-scope="reader"]');
  };
  const onBody = event.target === document.body || event.target === document.documentElement;
  const inReader =
    scoped(event.target as Node | null) ||
    (onBody && typeof window !== 'undefined' && scoped(window.getSelection()?.anchorNode));
  for (const { spec, chord } of chords) {
    if (!matchesChord(chord, event, mac)) continue;
    const plain = !chord.primary && !chord.ctrl && !chord.meta && !chord.alt;
    if (spec.scope === 'reader' && (!inReader || typing)) continue;
    // A plain letter is text while typing; function keys and Shift+letter chords are not.
    if (plain && typing && !/^F\d+$/.test(chord.key)) continue;
    return spec.id;
  }
  // "?" opens the shortcuts sheet, as in most apps, when it would not be typed.
  if (event.key === '?' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey)
    return 'help.shortcuts';
  return null;
}

/** One keydown listener for every command shortcut; returns its removal. */
export function installCommandKeys(target: Window = window): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.isComposing) return;
    const id = commandForKey(event);
    if (!id || !isCommandEnabled(id)) return;
    event.preventDefault();
    event.stopPropagation();
    runCommand(id);
  };
  // Capture phase: a focused field's own key handling must not swallow an app shortcut.
  target.addEventListener('keydown', onKeyDown, true);
  return () => target.removeEventListener('keydown', onKeyDown, true);
}
