import { SEARCH_COUNT_CAP } from '../../../../shared/model/library';
import type { HitType, SearchHit } from './searchTypes';

/** How deep a word search can page (the library's offset limit). Browsing by filters has none. */
export const MAX_LISTED = 10_000;

/** Counts are exact up to the library's cap, then "5,000+". */
export const formatCount = (count: number, capped: boolean): string =>
  capped && count >= SEARCH_COUNT_CAP
    ? `${SEARCH_COUNT_CAP.toLocaleString('en')}+`
    : count.toLocaleString('en');

/** One row of the flattened, virtualized results list. */
export type ResultRow =
  | { kind: 'header'; type: HitType; count: number }
  | { kind: 'hit'; type: HitType; hit: SearchHit }
  /** A hit not loaded yet (its page is fetched when it scrolls into view). */
  | { kind: 'pending'; type: HitType; index: number }
  | { kind: 'more'; type: HitType; count: number };

export const TYPE_ORDER: readonly HitType[] = ['source', 'excerpt', 'claim', 'note'];

export const TYPE_LABEL: Record<HitType, { one: string; many: string }> = {
  source: { one: 'source', many: 'Sources' },
  excerpt: { one: 'excerpt', many: 'Excerpts' },
  claim: { one: 'claim', many: 'Claims' },
  note: { one: 'note', many: 'Notes' },
};

/**
 * Overview of every type: each group shows its first hits and a "show all" row. With a single
 * type chosen, the group lists every hit, loaded page by page as it scrolls into view.
 */
export function buildRows(
  counts: Partial<Record<HitType, number>>,
  hitsByType: Partial<Record<HitType, (SearchHit | undefined)[]>>,
  single: HitType | null,
  perGroup: number,
  maxListed = MAX_LISTED,
): ResultRow[] {
  const rows: ResultRow[] = [];
  for (const type of TYPE_ORDER) {
    if (single && type !== single) continue;
    const count = counts[type] ?? 0;
    if (count === 0) continue;
    rows.push({ kind: 'header', type, count });
    const hits = hitsByType[type] ?? [];
    const shown = single ? Math.min(count, maxListed) : Math.min(count, perGroup);
    for (let i = 0; i < shown; i++) {
      const hit = hits[i];
      rows.push(hit ? { kind: 'hit', type, hit } : { kind: 'pending', type, index: i });
    }
    if (!single && count > shown) rows.push({ kind: 'more', type, count });
  }
  return rows;
}

export const isSelectable = (row: ResultRow | undefined): boolean =>
  row !== undefined && row.kind !== 'header';

/** The next selectable row from `from` in direction `step`, or `from` when there is none. */
export function moveActive(rows: readonly ResultRow[], from: number, step: number): number {
  for (let i = from + step; i >= 0 && i < rows.length; i += step) {
    if (isSelectable(rows[i])) return i;
  }
  return from;
}

/** Moves about `delta` rows (Page Up/Down), landing on a selectable row. */
export function jumpActive(rows: readonly ResultRow[], from: number, delta: number): number {
  const target = Math.max(0, Math.min(rows.length - 1, from + delta));
  if (isSelectable(rows[target])) return target;
  const step = delta > 0 ? 1 : -1;
  const next = moveActive(rows, target, step);
  return next !== target ? next : moveActive(rows, target, -step);
}
