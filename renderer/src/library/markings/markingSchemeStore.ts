import { useEffect, useSyncExternalStore } from 'react';
import {
  BUILT_IN_SCHEMES,
  DEFAULT_SCHEME,
  markingColors,
  markingRank,
  type MarkingColors,
  type MarkingScheme,
} from '../../../../shared/markings';
import type { MarkingsInfo } from '../../../../shared/model';
import { call } from '../../api';

/**
 * The library's marking scheme, fetched once and shared by every marking control and mark, so
 * changing the scheme in settings repaints them all.
 */
let info: MarkingsInfo | null = null;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

function publish(next: MarkingsInfo) {
  info = next;
  for (const listener of listeners) listener();
}

export function loadMarkingScheme(force = false): Promise<void> {
  if (!force && (info || loading)) return loading ?? Promise.resolve();
  loading = call('markings.get', {})
    .then(publish)
    .catch(() => undefined)
    .finally(() => {
      loading = null;
    });
  return loading;
}

export function setMarkingsInfo(next: MarkingsInfo) {
  publish(next);
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function useMarkingsInfo(): MarkingsInfo | null {
  const current = useSyncExternalStore(subscribe, () => info);
  useEffect(() => {
    void loadMarkingScheme();
  }, []);
  return current;
}

export function useMarkingScheme(): MarkingScheme {
  return useMarkingsInfo()?.active ?? DEFAULT_SCHEME;
}

/** The colours to show a marking in: the active scheme's, else a built-in scheme's that knows it. */
export function colorsFor(scheme: MarkingScheme, marking: string): MarkingColors {
  if (markingRank(scheme, marking) >= 0) return markingColors(scheme, marking);
  const known = BUILT_IN_SCHEMES.find((s) => markingRank(s, marking) >= 0);
  return markingColors(known ?? scheme, marking);
}
