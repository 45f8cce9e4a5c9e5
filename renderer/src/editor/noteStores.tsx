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

/** One citation cluster as the note's style prints it. */
export interface PrintedCluster {
  /** "3", "(Marrow, 2026; Vessmark, 2025)" or "[1], [2]". */
  label: string;
  /** For note styles: the note's text; '' otherwise. */
  note: string;
  /** The full reference of every item in the cluster, in its order. */
  references: string[];
}

/** How the note's citation style prints one cited node. */
export interface CitationForm {
  kind: 'note' | 'in-text';
  /** What stands in the text: "3", "(Marrow, 2026, para. 2)" or "[1]" ('' inside a cluster). */
  label: string;
  /** For note styles: the text of the node's notes. */
  notes: string[];
  /**
   * Adjacent citations print as one cluster: the first marker shows it ('first'), the others
   * ('member') stand beside it as parts of it. Anything else is 'single'.
   */
  role: 'single' | 'first' | 'member';
  /** The clusters this node belongs to (a claim has one per relation, supports first). */
  clusters: PrintedCluster[];
}

export interface CitationForms {
  /** The style id these forms are in ('' until the note's style is known). */
  style: string;
  byKey: ReadonlyMap<string, CitationForm>;
  /** Each cited source's full reference as the style writes it. */
  references: ReadonlyMap<number, string>;
}

export interface NoteStores {
  /** Source id → its citation number in reading order. */
  numbers: Store<ReadonlyMap<number, number>>;
  /** Library status per cited item; absent until checked. */
  integrity: Store<ReadonlyMap<CitedKey, IntegrityStatus>>;
  /** Each cited node's citation as the note's style prints it. */
  forms: Store<CitationForms>;
}

export function createNoteStores(): NoteStores {
  return {
    numbers: new Store(new Map()),
    integrity: new Store(new Map()),
    forms: new Store<CitationForms>({ style: '', byKey: new Map(), references: new Map() }),
  };
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

/** The style-printed citation of one node, and its source's full reference. */
export function useCitationForm(
  nodeKey: string,
  sourceId: number,
): { form: CitationForm | undefined; reference: string | undefined } {
  const { forms } = useNoteStores();
  const form = useNodeCitationForm(nodeKey);
  const reference = useSyncExternalStore(forms.subscribe, () =>
    forms.get().references.get(sourceId),
  );
  return { form, reference };
}

/** The style-printed citation of one node (a claim's: one cluster per relation). */
export function useNodeCitationForm(nodeKey: string): CitationForm | undefined {
  const { forms } = useNoteStores();
  return useSyncExternalStore(forms.subscribe, () => forms.get().byKey.get(nodeKey));
}
