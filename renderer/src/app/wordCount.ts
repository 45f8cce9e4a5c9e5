import { createContext, useContext, useSyncExternalStore } from 'react';

/** Words in some text, and how many of them sit inside quoted excerpts (the sources' words). */
export interface WordTally {
  words: number;
  quoted: number;
}

export interface WordCounts {
  note: WordTally;
  /** Null when nothing is selected. */
  selection: WordTally | null;
}

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** Words as a reader counts them: "don't", "U.S." and "2024-25" are one word each. */
export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORD)) n += 1;
  return n;
}

export class WordCountStore {
  private value: WordCounts = { note: { words: 0, quoted: 0 }, selection: null };
  private listeners = new Set<() => void>();
  get = (): WordCounts => this.value;
  set(next: WordCounts): void {
    const v = this.value;
    const same =
      v.note.words === next.note.words &&
      v.note.quoted === next.note.quoted &&
      v.selection?.words === next.selection?.words &&
      v.selection?.quoted === next.selection?.quoted;
    if (same) return;
    this.value = next;
    for (const listener of this.listeners) listener();
  }
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

export const WordCountContext = createContext<WordCountStore | null>(null);

const sharedStore = new WordCountStore();

export function useWordCountStore(): WordCountStore {
  return useContext(WordCountContext) ?? sharedStore;
}

export function useWordCounts(): WordCounts {
  const store = useWordCountStore();
  return useSyncExternalStore(store.subscribe, store.get);
}
