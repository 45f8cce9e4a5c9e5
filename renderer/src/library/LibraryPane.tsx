import type { LibraryCounts } from '../../../shared/model';

export function LibraryPane({ counts }: { counts: LibraryCounts | null }) {
  const empty = counts !== null && counts.sources === 0;
  return (
    <section className="library-pane" aria-label="Library">
      <header className="pane-header">
        <h2>Library</h2>
      </header>
      <div className="library-body">
        {empty && (
          <div className="empty-state">
            <p className="empty-title">Your library is empty</p>
            <p>Sources you import — articles, reports, transcripts — will appear here.</p>
          </div>
        )}
      </div>
    </section>
  );
}
