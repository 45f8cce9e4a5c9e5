import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type DragEvent } from 'react';
import type { DragItem } from '../../../../shared/note/dragPayload';
import { setDragData } from '../drag/dragData';
import { formatCount, TYPE_LABEL, type ResultRow } from './resultRows';
import type { SearchHit } from './searchTypes';
import { Snippet } from './Snippet';

const ROW_HEIGHT: Record<ResultRow['kind'], number> = {
  header: 30,
  hit: 66,
  pending: 66,
  more: 34,
};

export interface ResultsListProps {
  id: string;
  /** The query the rows answer. */
  query: string;
  rows: readonly ResultRow[];
  /** Whether counts stop at the library's cap (word searches). */
  capped: boolean;
  active: number;
  onActive: (index: number) => void;
  onOpen: (row: ResultRow) => void;
  /** Called with the visible range, so pending rows there can be loaded. */
  onVisibleRange: (first: number, last: number) => void;
}

function dragItem(hit: SearchHit): DragItem | null {
  return hit.type === 'note' ? null : { kind: hit.type, id: hit.id };
}

function hitText(hit: SearchHit): string {
  return hit.type === 'excerpt'
    ? `“${hit.snippet.map((s) => s.text).join('')}” — ${hit.title}`
    : hit.title;
}

/**
 * The results as one virtualized listbox: only the rows in view are in the DOM, so 100,000 hits
 * scroll as smoothly as ten. The search box keeps focus and drives it via aria-activedescendant.
 */
export function ResultsList({
  id,
  query,
  rows,
  capped,
  active,
  onActive,
  onOpen,
  onVisibleRange,
}: ResultsListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => ROW_HEIGHT[rows[i]?.kind ?? 'hit'],
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;

  useEffect(() => onVisibleRange(first, last), [first, last, onVisibleRange]);
  useEffect(() => {
    if (active >= 0) virtualizer.scrollToIndex(active, { align: 'auto' });
  }, [active, virtualizer]);

  return (
    <div
      ref={scroller}
      className="results"
      id={id}
      role="listbox"
      aria-label="Search results"
      data-query={query}
      tabIndex={0}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((item) => {
          const row = rows[item.index]!;
          const style = {
            position: 'absolute' as const,
            top: 0,
            left: 0,
            right: 0,
            height: item.size,
            transform: `translateY(${item.start}px)`,
          };
          const optionId = `${id}-${item.index}`;
          if (row.kind === 'header') {
            return (
              <div key={item.key} style={style} className="result-group" role="presentation">
                {TYPE_LABEL[row.type].many}{' '}
                <span className="count">{formatCount(row.count, capped)}</span>
              </div>
            );
          }
          const common = {
            id: optionId,
            role: 'option' as const,
            'aria-selected': item.index === active,
            className: `result result--${row.kind}${item.index === active ? ' active' : ''}`,
            style,
            onMouseMove: () => item.index !== active && onActive(item.index),
            onClick: () => onOpen(row),
          };
          if (row.kind === 'more') {
            return (
              <div key={item.key} {...common}>
                Show all {formatCount(row.count, capped)} {TYPE_LABEL[row.type].many.toLowerCase()}{' '}
                →
              </div>
            );
          }
          if (row.kind === 'pending') {
            return (
              <div key={item.key} {...common} aria-busy="true">
                <span className="result-title placeholder">Loading…</span>
              </div>
            );
          }
          const { hit } = row;
          return (
            <div
              key={item.key}
              {...common}
              draggable={hit.type !== 'note'}
              data-type={hit.type}
              data-id={hit.id}
              onDragStart={(e: DragEvent) => {
                const item = dragItem(hit);
                if (item) setDragData(e.dataTransfer, [item], hitText(hit));
              }}
            >
              <div className="result-title">
                <span className={`type-badge type-badge--${hit.type}`}>
                  {TYPE_LABEL[hit.type].one}
                </span>
                {hit.assessment && <span className="result-assessment">{hit.assessment}</span>}
                {hit.title || '(untitled)'}
                {hit.date && <span className="result-date">{hit.date.slice(0, 10)}</span>}
              </div>
              <Snippet parts={hit.snippet} />
            </div>
          );
        })}
      </div>
    </div>
  );
}
