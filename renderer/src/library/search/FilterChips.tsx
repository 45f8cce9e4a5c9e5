import { useState } from 'react';
import { TagInput } from '../tags/TagInput';
import type { TagCount } from '../tags/tagSuggestions';
import { formatCount, TYPE_LABEL, TYPE_ORDER } from './resultRows';
import type { SearchFilters } from './useLibrarySearch';

export interface FilterChipsProps {
  filters: SearchFilters;
  onChange: (filters: SearchFilters) => void;
  knownTags: readonly TagCount[];
  counts: Partial<Record<string, number>> | null;
  capped: boolean;
}

/** Type chips (toggle), plus tag, outlet and date-range filters that show as removable chips. */
export function FilterChips({ filters, onChange, knownTags, counts, capped }: FilterChipsProps) {
  const [open, setOpen] = useState<'tags' | 'outlet' | 'dates' | null>(null);
  const toggleType = (type: (typeof TYPE_ORDER)[number]) =>
    onChange({
      ...filters,
      types: filters.types.includes(type)
        ? filters.types.filter((t) => t !== type)
        : [...filters.types, type],
    });
  const hasMore = filters.tags.length > 0 || filters.outlet || filters.from || filters.to;

  return (
    <div className="filters" role="group" aria-label="Filters">
      <div className="chip-row">
        {TYPE_ORDER.map((type) => (
          <button
            key={type}
            type="button"
            className={`chip${filters.types.includes(type) ? ' on' : ''}`}
            aria-pressed={filters.types.includes(type)}
            onClick={() => toggleType(type)}
          >
            {TYPE_LABEL[type].many}
            {counts?.[type] !== undefined && (
              <span className="count">{formatCount(counts[type]!, capped)}</span>
            )}
          </button>
        ))}
        <span className="chip-sep" />
        <button
          type="button"
          className={`chip${open === 'tags' ? ' on' : ''}`}
          aria-expanded={open === 'tags'}
          onClick={() => setOpen(open === 'tags' ? null : 'tags')}
        >
          Tag…
        </button>
        <button
          type="button"
          className={`chip${open === 'outlet' ? ' on' : ''}`}
          aria-expanded={open === 'outlet'}
          onClick={() => setOpen(open === 'outlet' ? null : 'outlet')}
        >
          Outlet…
        </button>
        <button
          type="button"
          className={`chip${open === 'dates' ? ' on' : ''}`}
          aria-expanded={open === 'dates'}
          onClick={() => setOpen(open === 'dates' ? null : 'dates')}
        >
          Dates…
        </button>
      </div>
      {open === 'tags' && (
        <TagInput
          label="Filter by tag"
          value={filters.tags}
          onChange={(tags) => onChange({ ...filters, tags })}
          known={knownTags}
          autoFocus
          placeholder="Tag, e.g. region (matches region/…)"
        />
      )}
      {open === 'outlet' && (
        <input
          className="filter-input"
          aria-label="Filter by outlet"
          autoFocus
          placeholder="Outlet, e.g. Reuters"
          value={filters.outlet}
          onChange={(e) => onChange({ ...filters, outlet: e.target.value })}
        />
      )}
      {open === 'dates' && (
        <div className="date-range">
          <label>
            From{' '}
            <input
              type="date"
              aria-label="From date"
              value={filters.from}
              onChange={(e) => onChange({ ...filters, from: e.target.value })}
            />
          </label>
          <label>
            To{' '}
            <input
              type="date"
              aria-label="To date"
              value={filters.to}
              onChange={(e) => onChange({ ...filters, to: e.target.value })}
            />
          </label>
        </div>
      )}
      {hasMore && open === null && (
        <div className="chip-row active-filters" aria-label="Active filters">
          {filters.tags.map((tag) => (
            <span key={tag} className="chip on">
              tag: {tag}
              <button
                type="button"
                className="chip-remove"
                aria-label={`Remove tag filter ${tag}`}
                onClick={() =>
                  onChange({ ...filters, tags: filters.tags.filter((t) => t !== tag) })
                }
              >
                ×
              </button>
            </span>
          ))}
          {filters.outlet && (
            <span className="chip on">
              outlet: {filters.outlet}
              <button
                type="button"
                className="chip-remove"
                aria-label="Remove outlet filter"
                onClick={() => onChange({ ...filters, outlet: '' })}
              >
                ×
              </button>
            </span>
          )}
          {(filters.from || filters.to) && (
            <span className="chip on">
              {filters.from || '…'} – {filters.to || '…'}
              <button
                type="button"
                className="chip-remove"
                aria-label="Remove date filter"
                onClick={() => onChange({ ...filters, from: '', to: '' })}
              >
                ×
              </button>
            </span>
          )}
        </div>
      )}
    </div>
  );
}
