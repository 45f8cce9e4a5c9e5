import type { Rectangle } from 'electron';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const WINDOW_STATE_FILE = 'window-state.json';

export interface WindowState {
  /** The normal (not maximised) bounds, so un-maximising returns to them. */
  bounds: Rectangle;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1440, height: 920 };
/** At least this many pixels square of the window must be on a display to count as visible. */
const MIN_VISIBLE = 100;

export const windowStatePath = (dataDir: string): string => join(dataDir, WINDOW_STATE_FILE);

function isRectangle(value: unknown): value is Rectangle {
  const r = value as Record<string, unknown> | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    ['x', 'y', 'width', 'height'].every((k) => Number.isFinite(r[k])) &&
    (r.width as number) > 0 &&
    (r.height as number) > 0
  );
}

/** The saved state, or null when there is none or it cannot be read (a fresh start, not an error). */
export function loadWindowState(path: string): WindowState | null {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<WindowState>;
    if (!isRectangle(parsed.bounds)) return null;
    return { bounds: parsed.bounds, maximized: parsed.maximized === true };
  } catch {
    return null;
  }
}

export function saveWindowState(path: string, state: WindowState): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.tmp`;
  writeFileSync(temp, JSON.stringify(state, null, 2));
  renameSync(temp, path);
}

const overlap = (a: Rectangle, b: Rectangle) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

/**
 * Where to open the window: the saved bounds when enough of them is on a display today (a monitor
 * may have been unplugged), shrunk to fit it; otherwise the default size centred on the primary.
 */
export function placeOnVisibleDisplay(
  saved: WindowState | null,
  workAreas: readonly Rectangle[],
  primary: Rectangle,
): WindowState {
  const centred = (size: { width: number; height: number }): Rectangle => {
    const width = Math.min(size.width, primary.width);
    const height = Math.min(size.height, primary.height);
    return {
      x: primary.x + Math.round((primary.width - width) / 2),
      y: primary.y + Math.round((primary.height - height) / 2),
      width,
      height,
    };
  };
  if (!saved) return { bounds: centred(DEFAULT_SIZE), maximized: false };
  const area = workAreas
    .map((candidate) => ({ candidate, shared: overlap(saved.bounds, candidate) }))
    .sort((a, b) => b.shared - a.shared)[0];
  const visible = area !== undefined && area.shared >= MIN_VISIBLE * MIN_VISIBLE;
  if (!visible) return { bounds: centred(saved.bounds), maximized: saved.maximized };
  const on = area.candidate;
  const width = Math.min(saved.bounds.width, on.width);
  const height = Math.min(saved.bounds.height, on.height);
  const x = Math.min(Math.max(saved.bounds.x, on.x), on.x + on.width - width);
  const y = Math.min(Math.max(saved.bounds.y, on.y), on.y + on.height - height);
  return { bounds: { x, y, width, height }, maximized: saved.maximized };
}

/** What the tracker needs of a BrowserWindow. */
export interface TrackedWindow {
  getNormalBounds(): Rectangle;
  isMaximized(): boolean;
  on(event: 'resize' | 'move' | 'maximize' | 'unmaximize' | 'close', listener: () => void): unknown;
}

/**
 * Saves the window's state shortly after it moves or resizes, and at once when it closes, so a
 * crash loses at most the last half second of dragging.
 */
export function trackWindowState(
  window: TrackedWindow,
  path: string,
  onError: (error: unknown) => void,
  delayMs = 500,
): void {
  let timer: NodeJS.Timeout | undefined;
  const save = () => {
    clearTimeout(timer);
    try {
      saveWindowState(path, { bounds: window.getNormalBounds(), maximized: window.isMaximized() });
    } catch (error) {
      onError(error);
    }
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(save, delayMs);
    timer.unref?.();
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const)
    window.on(event, later);
  window.on('close', save);
}
