import { createContext, useContext, useSyncExternalStore } from 'react';
import type { CitedKey, IntegrityChange } from '../../../shared/model/integrity';
import type { ClaimLookup, ExcerptLookup } from '../../../shared/model/notes';
import type { SourceSnapshot } from '../../../shared/note/serializedNodes';

export type { CitedKey };

/** A value React components subscribe to; set() notifies only when the value object changes. */
export class Store<T> {
  private listeners = new Set<() => void>();
  constructor(private value: T) {}
  get = (): T => this.value;
  set(value: T): void {
    if (value === this.value) return;
    this.value = value;
    for (const listener of this.listeners) listener();
  }
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

/**
 * Where a cited item stands against the library, from the one integrity check (notes.verify):
 * verified, changed there (saying what), no longer in the current version of its source, or gone.
 */
export type IntegrityStatus =
  | { kind: 'ok' }
  | {
      kind: 'changed';
      current: ExcerptLookup | ClaimLookup | SourceSnapshot;
      changes: IntegrityChange[];
      message: string;
    }
  | { kind: 'notInSource'; changes: IntegrityChange[]; message: string }
  | { kind: 'removed'; message: string };

export interface NoteStores {
  /** Source id → its citation number in reading order. */
  numbers: Store<ReadonlyMap<number, number>>;
  /** Library status per cited item; absent until checked. */
  integrity: Store<ReadonlyMap<CitedKey, IntegrityStatus>>;
}

export function createNoteStores(): NoteStores {
  return { numbers: new Store(new Map()), integrity: new Store(new Map()) };
}

export const NoteStoresContext = createContext<NoteStores | null>(null);

export function useNoteStores(): NoteStores {
  const stores = useContext(NoteStoresContext);
  if (!stores) throw new Error('Briefwright editor nodes need NoteStoresContext');
  return stores;
}

/** The citation number of a source; re-renders only when that number changes. */
export function useCitationNumber(sourceId: number): number | undefined {
  const { numbers } = useNoteStores();
  return useSyncExternalStore(numbers.subscribe, () => numbers.get().get(sourceId));
}

export function useIntegrity(key: CitedKey): IntegrityStatus | undefined {
  const { integrity } = useNoteStores();
  return useSyncExternalStore(integrity.subscribe, () => integrity.get().get(key));
}
