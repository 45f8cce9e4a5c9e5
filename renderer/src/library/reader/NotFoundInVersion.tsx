import type { ExcerptView, SourceView } from '../libraryTypes';

export interface NotFoundInVersionProps {
  source: SourceView;
  /** Excerpts with no place in the current version (never highlighted in the text). */
  excerpts: readonly ExcerptView[];
  /** When each earlier version was imported, by version number. */
  versionDates: ReadonlyMap<number, string>;
  onAccept: (excerpt: ExcerptView) => void;
  onReject: (excerpt: ExcerptView) => void;
  onOpen: (excerpt: ExcerptView) => void;
}

const day = (iso: string | undefined) => (iso ? iso.slice(0, 10) : 'unknown date');

/**
 * Excerpts a re-import could not find verbatim, each with its old context and the version it was
 * taken from; where similar words sit in the new text, the proposal to accept or reject.
 */
export function NotFoundInVersion(props: NotFoundInVersionProps) {
  const { source, excerpts, versionDates, onAccept, onReject, onOpen } = props;
  if (excerpts.length === 0) return null;
  const taken = (v: number) =>
    v === source.version ? source.versionImportedAt : versionDates.get(v);
  return (
    <section className="not-found" aria-label="Not found in this version">
      <h4>Not found in this version ({excerpts.length})</h4>
      <p className="reader-hint">
        These excerpts are not in version {source.version} of the text (imported{' '}
        {day(source.versionImportedAt)}). They keep their quote and are not highlighted.
      </p>
      <ul>
        {excerpts.map((e) => (
          <li key={e.id} className="not-found-item" data-excerpt-id={e.id}>
            <p className="not-found-context">
              …{e.prefix}
              <button type="button" className="not-found-quote" onClick={() => onOpen(e)}>
                {e.quote}
              </button>
              {e.suffix}…
            </p>
            <p className="reader-hint">
              Taken from version {e.sourceVersion} ({day(taken(e.sourceVersion))})
            </p>
            {e.proposal && (
              <div className="not-found-proposal" role="group" aria-label="Proposed place">
                <p>
                  Similar words in this version:{' '}
                  <q className="not-found-proposed-quote">{e.proposal.quote}</q>
                </p>
                <button type="button" onClick={() => onAccept(e)}>
                  Accept proposed place
                </button>
                <button type="button" onClick={() => onReject(e)}>
                  Reject
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
