import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { latestOnly } from './latestOnly';
import { TYPE_ORDER } from './resultRows';
import type { HitType, SearchHit } from './searchTypes';

export interface SearchFilters {
  types: HitType[];
  tags: string[];
  outlet: string;
  from: string;
  to: string;
}

export const NO_FILTERS: SearchFilters = { types: [], tags: [], outlet: '', from: '', to: '' };

export interface SearchRequest {
  query: string;
  filters: SearchFilters;
  type: HitType | null;
  offset: number;
  limit: number;
}

export interface SearchAnswer {
  hits: SearchHit[];
  counts: Partial<Record<HitType, number>>;
}

export type SearchState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | {
      status: 'ready';
      /** The query these results answer (exposed for tests and benchmarks). */
      query: string;
      counts: Partial<Record<HitType, number>>;
      hitsByType: Partial<Record<HitType, (SearchHit | undefined)[]>>;
      /** Bumped on every change, so the list re-renders when a page arrives. */
      version: number;
    };

export const PAGE_SIZE = 100;
export const PER_GROUP = 5;
/** Short: a burst of fast typing makes one request, a pause of a few ms already searches. */
const DEBOUNCE_MS = 15;

export function hasCriteria(query: string, filters: SearchFilters): boolean {
  return (
    query.trim() !== '' ||
    filters.tags.length > 0 ||
    filters.outlet.trim() !== '' ||
    filters.from !== '' ||
    filters.to !== '' ||
    filters.types.length > 0
  );
}

/**
 * Search as you type: debounced, with any answer to an older query discarded. With one type
 * chosen, further pages load as `loadRange` asks for them.
 */
export function useLibrarySearch(
  search: (request: SearchRequest) => Promise<SearchAnswer>,
  query: string,
  filters: SearchFilters,
  refreshKey: number,
) {
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  const single: HitType | null = filters.types.length === 1 ? filters.types[0]! : null;
  const runLatest = useMemo(
    () => latestOnly((requests: SearchRequest[]) => Promise.all(requests.map(search))),
    [search],
  );
  const current = useRef<{ query: string; filters: SearchFilters } | null>(null);
  const loadingPages = useRef(new Set<number>());

  useEffect(() => {
    if (!hasCriteria(query, filters)) {
      current.current = null;
      setState({ status: 'idle' });
      return;
    }
    const timer = setTimeout(() => {
      current.current = { query, filters };
      loadingPages.current.clear();
      const types = single ? [single] : filters.types.length > 0 ? filters.types : TYPE_ORDER;
      const requests = types.map((type) => ({
        query,
        filters,
        type,
        offset: 0,
        limit: single ? PAGE_SIZE : PER_GROUP,
      }));
      setState((s) => (s.status === 'ready' ? s : { status: 'loading' }));
      runLatest(requests)
        .then((answer) => {
          if (answer.stale) return;
          const counts: Partial<Record<HitType, number>> = {};
          const hitsByType: Partial<Record<HitType, (SearchHit | undefined)[]>> = {};
          answer.value.forEach((page, i) => {
            const type = types[i]!;
            counts[type] = page.counts[type] ?? page.hits.length;
            hitsByType[type] = page.hits;
          });
          setState({ status: 'ready', query, counts, hitsByType, version: 0 });
        })
        .catch((e: Error) => setState({ status: 'error', message: e.message }));
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query, filters, single, runLatest, refreshKey]);

  const loadRange = useCallback(
    (firstIndex: number, lastIndex: number) => {
      const asked = current.current;
      if (!single || !asked || state.status !== 'ready') return;
      const hits = state.hitsByType[single] ?? [];
      const count = state.counts[single] ?? 0;
      for (
        let page = Math.floor(firstIndex / PAGE_SIZE);
        page <= Math.floor(lastIndex / PAGE_SIZE);
        page++
      ) {
        const offset = page * PAGE_SIZE;
        if (offset >= count || hits[offset] || loadingPages.current.has(page)) continue;
        loadingPages.current.add(page);
        search({ ...asked, type: single, offset, limit: PAGE_SIZE })
          .then((answer) => {
            if (current.current !== asked) return;
            setState((s) => {
              if (s.status !== 'ready') return s;
              const list = [...(s.hitsByType[single] ?? [])];
              answer.hits.forEach((hit, i) => (list[offset + i] = hit));
              return {
                ...s,
                hitsByType: { ...s.hitsByType, [single]: list },
                version: s.version + 1,
              };
            });
          })
          .catch(() => loadingPages.current.delete(page));
      }
    },
    [search, single, state],
  );

  return { state, single, loadRange };
}
