import { createContext, useContext, useSyncExternalStore } from 'react';
import type { ClaimLookup, ExcerptLookup } from '../../../shared/model/notes';
import type { SourceSnapshot } from '../../../shared/note/serializedNodes';

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

/** Where a cited item stands against the library: same, changed there, or gone. */
export type IntegrityStatus =
  | { kind: 'ok' }
  | { kind: 'changed'; current: ExcerptLookup | ClaimLookup | SourceSnapshot }
  | { kind: 'removed' };

/** `excerpt:12`, `claim:4`, `source:9`: one key per cited library item. */
export type CitedKey = `${'excerpt' | 'claim' | 'source'}:${number}`;

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
