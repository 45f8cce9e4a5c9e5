import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../tests/tempDir';
import { loadWindowState, placeOnVisibleDisplay, saveWindowState } from './windowState';

const tempDir = useTempDirs();
const laptop = { x: 0, y: 0, width: 1280, height: 800 };
const monitor = { x: 1280, y: 0, width: 2560, height: 1440 };

describe('window state', () => {
  it('round-trips through its JSON file, and a damaged file means a fresh start', () => {
    const path = join(tempDir(), 'window-state.json');
    expect(loadWindowState(path)).toBeNull();
    const state = { bounds: { x: 10, y: 20, width: 900, height: 650 }, maximized: false };
    saveWindowState(path, state);
    expect(loadWindowState(path)).toEqual(state);
    writeFileSync(path, '{"bounds": {"x": 1}');
    expect(loadWindowState(path)).toBeNull();
    writeFileSync(path, '{"bounds": {"x": 0, "y": 0, "width": -5, "height": 10}}');
    expect(loadWindowState(path)).toBeNull();
  });

  it('keeps a window where it was when that display is still there', () => {
    const saved = { bounds: { x: 1500, y: 100, width: 1600, height: 1000 }, maximized: true };
    expect(placeOnVisibleDisplay(saved, [laptop, monitor], laptop)).toEqual(saved);
  });

  it('brings a window back from an unplugged display, shrunk to fit', () => {
    const saved = { bounds: { x: 1500, y: 100, width: 1600, height: 1000 }, maximized: false };
    expect(placeOnVisibleDisplay(saved, [laptop], laptop)).toEqual({
      bounds: { x: 0, y: 0, width: 1280, height: 800 },
      maximized: false,
    });
  });

  it('pulls a window that hangs off the edge back onto its display', () => {
    const saved = { bounds: { x: -300, y: 600, width: 800, height: 600 }, maximized: false };
    expect(placeOnVisibleDisplay(saved, [laptop], laptop).bounds).toEqual({
      x: 0,
      y: 200,
      width: 800,
      height: 600,
    });
  });

  it('opens the first time at the default size, centred on the primary display', () => {
    expect(placeOnVisibleDisplay(null, [monitor], monitor).bounds).toEqual({
      x: 1280 + 560,
      y: 260,
      width: 1440,
      height: 920,
    });
  });
});
