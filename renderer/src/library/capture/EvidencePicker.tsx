import { useEffect, useId, useState } from 'react';
import * as library from '../libraryClient';
import { NO_FILTERS } from '../search/useLibrarySearch';
import type { SearchHit } from '../search/searchTypes';

/** The keyboard way to attach evidence: find an excerpt by its words, Enter attaches it. */
export function EvidencePicker({ onPick }: { onPick: (excerptId: number) => void }) {
  const [text, setText] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [active, setActive] = useState(0);
  const listId = useId();

  useEffect(() => {
    if (!text.trim()) {
      setHits([]);
      return;
    }
    let cancelled = false;
    const timer = setTimeout(() => {
      library
        .search({ query: text, filters: NO_FILTERS, type: 'excerpt', offset: 0, limit: 8 })
        .then((answer) => {
          if (cancelled) return;
          setHits(answer.hits);
          setActive(0);
        })
        .catch(() => undefined);
    }, 80);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [text]);

  const pick = (hit: SearchHit | undefined) => {
    if (!hit) return;
    onPick(hit.id);
    setText('');
  };

  return (
    <div className="evidence-picker tag-input">
      <input
        role="combobox"
        aria-label="Find an excerpt to attach"
        aria-expanded={hits.length > 0}
        aria-controls={listId}
        aria-activedescendant={hits.length > 0 ? `${listId}-${active}` : undefined}
        placeholder="Find an excerpt to attach…"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive((i) => Math.min(hits.length - 1, i + 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((i) => Math.max(0, i - 1));
          } else if (e.key === 'Enter' && hits.length > 0) {
            e.preventDefault();
            pick(hits[active]);
          } else if (e.key === 'Escape') setText('');
        }}
      />
      {hits.length > 0 && (
        <ul className="tag-suggestions" role="listbox" id={listId} aria-label="Excerpts">
          {hits.map((hit, i) => (
            <li
              key={hit.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(hit);
              }}
            >
              <span>{hit.snippet.map((s) => s.text).join('')}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
