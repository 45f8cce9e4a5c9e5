import type { LibraryCounts } from '../../../../shared/model';

export function EmptyLibrary({ onImport }: { onImport: () => void }) {
  return (
    <div className="empty-state">
      <p className="empty-title">Your library is empty</p>
      <p>Import articles, reports and transcripts (.txt, .md, .html, .pdf, .docx) to start.</p>
      <p>
        <button type="button" className="primary" onClick={onImport}>
          Import…
        </button>
      </p>
      <p className="hint">or drop files and folders anywhere on the window.</p>
    </div>
  );
}

export function StartSearching({ counts }: { counts: LibraryCounts | null }) {
  return (
    <div className="empty-state">
      <p className="empty-title">Search your library</p>
      {counts && (
        <p>
          {counts.sources.toLocaleString()} sources · {counts.excerpts.toLocaleString()} excerpts ·{' '}
          {counts.claims.toLocaleString()} claims
        </p>
      )}
      <p className="hint">
        Type words, a <code>"quoted phrase"</code> or a prefix like <code>sanction*</code>; pick a
        type or a tag to browse. ↑↓ move, Enter opens, Ctrl+K comes back here.
      </p>
    </div>
  );
}

export function NoResults({
  query,
  filtered,
  onClearFilters,
}: {
  query: string;
  filtered: boolean;
  onClearFilters: () => void;
}) {
  return (
    <div className="empty-state" role="status" data-query={query}>
      <p className="empty-title">Nothing matches{query.trim() ? ` “${query.trim()}”` : ''}</p>
      <p>
        Try fewer or shorter words, a prefix such as <code>negotiat*</code>, or check the spelling.
      </p>
      {filtered && (
        <p>
          <button type="button" onClick={onClearFilters}>
            Clear filters
          </button>
        </p>
      )}
    </div>
  );
}
