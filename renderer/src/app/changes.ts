import { useSyncExternalStore } from 'react';

/**
 * The one invalidation path for what the screen shows. Every successful write through `call`
 * (from any pane or plugin) bumps the versions of the entities it touches, and so does a commit by
 * another process (the CLI, a second window), seen by `watchLibraryChanges`. Views list the
 * entities they show and reload when one of their versions moves.
 */
export type Entity = 'sources' | 'excerpts' | 'claims' | 'tags' | 'notes';
export const ALL_ENTITIES: readonly Entity[] = ['sources', 'excerpts', 'claims', 'tags', 'notes'];

const versions: Record<Entity, number> = { sources: 0, excerpts: 0, claims: 0, tags: 0, notes: 0 };
const listeners = new Set<() => void>();

export function invalidate(entities: readonly Entity[]): void {
  if (entities.length === 0) return;
  for (const e of entities) versions[e] += 1;
  for (const listener of listeners) listener();
}

const READ_VERB =
  /^(get|list|listForSource|search|browse|info|changes|defaults|progress|history|check|usage|revisions|revision|lookupCitations)$/;

const LIBRARY: readonly Entity[] = ['sources', 'excerpts', 'claims', 'tags'];
const TOUCHES: Record<string, readonly Entity[]> = {
  sources: LIBRARY,
  excerpts: ['sources', 'excerpts', 'claims', 'tags'],
  claims: ['claims', 'tags'],
  tags: LIBRARY,
  notes: ['notes'],
  markings: LIBRARY,
  export: [],
  library: [],
};

/** What a method's success makes stale: nothing for reads; everything for an unknown write. */
export function entitiesTouchedBy(method: string): readonly Entity[] {
  const [group = '', verb = ''] = method.split('.');
  if (READ_VERB.test(verb)) return [];
  // Exports and backups write files, not library rows.
  if (group === 'export' || group === 'library') return [];
  return TOUCHES[group] ?? ALL_ENTITIES;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A number that changes whenever any of the given entities changes. */
export function useChangeVersion(...entities: Entity[]): number {
  return useSyncExternalStore(subscribe, () => entities.reduce((sum, e) => sum + versions[e], 0));
}
