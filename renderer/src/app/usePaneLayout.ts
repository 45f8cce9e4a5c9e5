import { useCallback, useState } from 'react';

const LAYOUT_KEY = 'briefwright.layout';
export const LIBRARY_MIN = 260;
export const NOTE_MIN = 420;

export interface PaneLayout {
  /** The library's width in CSS pixels. */
  libraryWidth: number;
  libraryCollapsed: boolean;
}

const DEFAULT: PaneLayout = { libraryWidth: 400, libraryCollapsed: false };

function load(): PaneLayout {
  try {
    const raw = JSON.parse(
      localStorage.getItem(LAYOUT_KEY) ?? 'null',
    ) as Partial<PaneLayout> | null;
    if (!raw) return DEFAULT;
    return {
      libraryWidth:
        typeof raw.libraryWidth === 'number' && raw.libraryWidth >= LIBRARY_MIN
          ? raw.libraryWidth
          : DEFAULT.libraryWidth,
      libraryCollapsed: raw.libraryCollapsed === true,
    };
  } catch {
    return DEFAULT;
  }
}

/** The library's width and whether it is collapsed, kept across launches. */
export function usePaneLayout(): [PaneLayout, (change: Partial<PaneLayout>) => void] {
  const [layout, setLayout] = useState(load);
  const update = useCallback((change: Partial<PaneLayout>) => {
    setLayout((current) => {
      const next = { ...current, ...change };
      try {
        localStorage.setItem(LAYOUT_KEY, JSON.stringify(next));
      } catch {
        // Unavailable storage: the layout lasts this session only.
      }
      return next;
    });
  }, []);
  return [layout, update];
}

/** Keeps the library between its minimum and what leaves the note its minimum. */
export function clampLibraryWidth(width: number, available: number): number {
  const max = Math.max(LIBRARY_MIN, available - NOTE_MIN);
  return Math.round(Math.max(LIBRARY_MIN, Math.min(max, width)));
}
