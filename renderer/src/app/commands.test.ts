import { describe, expect, it } from 'vitest';
import { APP_COMMANDS } from '../../../shared/commands';
import {
  formatShortcut,
  isCommandEnabled,
  matchesChord,
  parseAccelerator,
  registerCommand,
  runCommand,
} from './commands';

const key = (
  k: string,
  code: string,
  mods: Partial<Record<'ctrl' | 'meta' | 'alt' | 'shift', boolean>> = {},
) => ({
  key: k,
  code,
  ctrlKey: !!mods.ctrl,
  metaKey: !!mods.meta,
  altKey: !!mods.alt,
  shiftKey: !!mods.shift,
});

describe('shortcuts in accelerator syntax', () => {
  it('parses modifiers and keys, including "+" and "=" as keys', () => {
    expect(parseAccelerator('CmdOrCtrl+Shift+P')).toMatchObject({
      primary: true,
      shift: true,
      key: 'P',
    });
    expect(parseAccelerator('CmdOrCtrl+=')).toMatchObject({ primary: true, key: '=' });
    expect(parseAccelerator('CmdOrCtrl++')).toMatchObject({ primary: true, key: '+' });
    expect(parseAccelerator('Alt+Shift+Up')).toMatchObject({ alt: true, shift: true, key: 'Up' });
  });

  it('CmdOrCtrl is Meta on macOS and Control elsewhere', () => {
    const palette = parseAccelerator('CmdOrCtrl+Shift+P');
    expect(matchesChord(palette, key('P', 'KeyP', { ctrl: true, shift: true }), false)).toBe(true);
    expect(matchesChord(palette, key('P', 'KeyP', { meta: true, shift: true }), false)).toBe(false);
    expect(matchesChord(palette, key('P', 'KeyP', { meta: true, shift: true }), true)).toBe(true);
    expect(matchesChord(palette, key('p', 'KeyP', { ctrl: true }), false)).toBe(false);
  });

  it('matches arrows, F-keys, the backslash and zoom with or without Shift', () => {
    const up = parseAccelerator('Alt+Shift+Up');
    expect(matchesChord(up, key('ArrowUp', 'ArrowUp', { alt: true, shift: true }), false)).toBe(
      true,
    );
    expect(matchesChord(parseAccelerator('F1'), key('F1', 'F1'), false)).toBe(true);
    const toggle = parseAccelerator('CmdOrCtrl+\\');
    expect(matchesChord(toggle, key('\\', 'Backslash', { ctrl: true }), false)).toBe(true);
    const zoomIn = parseAccelerator('CmdOrCtrl+=');
    expect(matchesChord(zoomIn, key('+', 'Equal', { ctrl: true, shift: true }), false)).toBe(true);
    expect(matchesChord(zoomIn, key('+', 'NumpadAdd', { ctrl: true }), false)).toBe(true);
  });

  it('shows shortcuts the platform way', () => {
    expect(formatShortcut('CmdOrCtrl+Shift+P', false)).toBe('Ctrl+Shift+P');
    expect(formatShortcut('CmdOrCtrl+Shift+P', true)).toBe('⇧⌘P');
    expect(formatShortcut('Alt+Shift+Up', false)).toBe('Alt+Shift+↑');
  });

  it('no two commands in the same scope share a shortcut', () => {
    const seen = new Set<string>();
    for (const c of APP_COMMANDS.filter((c) => c.shortcut)) {
      const id = `${c.scope ?? 'app'}:${c.shortcut}`;
      expect(seen.has(id), id).toBe(false);
      seen.add(id);
    }
  });
});

describe('the command registry', () => {
  it('runs the most recently bound handler, honours enabled-when, and unbinds', () => {
    const calls: string[] = [];
    let enabled = true;
    const first = registerCommand('view.zoomIn', () => calls.push('first'));
    const second = registerCommand(
      'view.zoomIn',
      () => calls.push('second'),
      () => enabled,
    );
    expect(runCommand('view.zoomIn')).toBe(true);
    enabled = false;
    expect(isCommandEnabled('view.zoomIn')).toBe(false);
    expect(runCommand('view.zoomIn')).toBe(false);
    second();
    expect(runCommand('view.zoomIn')).toBe(true);
    first();
    expect(runCommand('view.zoomIn')).toBe(false);
    expect(calls).toEqual(['second', 'first']);
  });

  it('passes an argument to commands that take one', () => {
    const opened: number[] = [];
    const off = registerCommand('note.open', (arg) => arg && opened.push(arg.id));
    runCommand('note.open', { id: 7 });
    off();
    expect(opened).toEqual([7]);
  });
});
