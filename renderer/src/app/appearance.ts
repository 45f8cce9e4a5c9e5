import { useCallback, useEffect, useState } from 'react';

/** Kept per machine (not in the library): how this window looks. */
const THEME_KEY = 'briefwright.theme';
const ZOOM_KEY = 'briefwright.zoom';

export type ThemeChoice = 'system' | 'light' | 'dark';
export const ZOOM_STEPS = [0.67, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2] as const;

function stored<T extends string>(key: string, allowed: readonly T[], fallback: T): T {
  try {
    const value = localStorage.getItem(key);
    return (allowed as readonly string[]).includes(value ?? '') ? (value as T) : fallback;
  } catch {
    return fallback;
  }
}

function save(key: string, value: string) {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage may be unavailable (private window); the choice then lasts this session only.
  }
}

const systemDark = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;

/** Dark mode follows the system until the user picks one; the root element carries the result. */
export function useTheme(): { dark: boolean; toggle: () => void } {
  const [choice, setChoice] = useState<ThemeChoice>(() =>
    stored(THEME_KEY, ['system', 'light', 'dark'], 'system'),
  );
  const [system, setSystem] = useState(systemDark);
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const query = matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => setSystem(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  const dark = choice === 'system' ? system : choice === 'dark';
  useEffect(() => {
    document.documentElement.dataset.theme = dark ? 'dark' : 'light';
  }, [dark]);
  const toggle = useCallback(() => {
    const next: ThemeChoice = dark ? 'light' : 'dark';
    // Choosing what the system already shows means "follow the system" again.
    const value = (next === 'dark') === system ? 'system' : next;
    save(THEME_KEY, value);
    setChoice(value);
  }, [dark, system]);
  return { dark, toggle };
}

function storedZoom(): number {
  const value = Number(stored(ZOOM_KEY, ZOOM_STEPS.map(String), '1'));
  return Number.isFinite(value) ? value : 1;
}

/** Page zoom in steps (Ctrl/Cmd + / − / 0); the layout reflows as in a browser. */
export function useZoom(): { zoom: number; step: (direction: -1 | 0 | 1) => void } {
  const [zoom, setZoom] = useState(storedZoom);
  useEffect(() => {
    document.documentElement.style.zoom = zoom === 1 ? '' : String(zoom);
  }, [zoom]);
  const step = useCallback((direction: -1 | 0 | 1) => {
    setZoom((current) => {
      const at = ZOOM_STEPS.findIndex((z) => z >= current);
      const index =
        direction === 0
          ? ZOOM_STEPS.indexOf(1)
          : Math.max(0, Math.min(ZOOM_STEPS.length - 1, (at < 0 ? 3 : at) + direction));
      const next = ZOOM_STEPS[index]!;
      save(ZOOM_KEY, String(next));
      return next;
    });
  }, []);
  return { zoom, step };
}
