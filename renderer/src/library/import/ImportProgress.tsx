import type { ImportBatch } from './useImportQueue';

const STATUS_TEXT = {
  waiting: 'waiting',
  importing: 'importing…',
  imported: 'imported',
  duplicate: 'already in library',
  failed: 'failed',
} as const;

/** A batch's progress bar and per-file results; failures stay listed with their reasons. */
export function ImportProgress({
  batch,
  onDismiss,
  onOpenSource,
}: {
  batch: ImportBatch;
  onDismiss: () => void;
  onOpenSource: (id: number) => void;
}) {
  const total = batch.rows.length;
  const failed = batch.rows.filter((r) => r.status === 'failed').length;
  const imported = batch.rows.filter((r) => r.status === 'imported').length;
  const duplicates = batch.rows.filter((r) => r.status === 'duplicate').length;
  return (
    <section className="import-progress" aria-label="Import">
      <div className="import-summary">
        <span role="status">
          {batch.running
            ? `Importing ${batch.done + 1 > total ? total : batch.done + 1} of ${total}…`
            : `Imported ${imported} of ${total}` +
              (duplicates ? ` · ${duplicates} already in library` : '') +
              (failed ? ` · ${failed} failed` : '')}
        </span>
        {!batch.running && (
          <button type="button" className="link-button" onClick={onDismiss}>
            Dismiss
          </button>
        )}
      </div>
      <progress max={total} value={batch.done} aria-label="Import progress" />
      <ul className="import-files" aria-label="Imported files">
        {batch.rows.map((row, i) => (
          <li key={i} className={`import-file import-file--${row.status}`} data-status={row.status}>
            <span className="import-name" title={row.name}>
              {row.sourceId && row.status !== 'failed' ? (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onOpenSource(row.sourceId!)}
                >
                  {row.name}
                </button>
              ) : (
                row.name
              )}
            </span>
            <span className="import-status">{STATUS_TEXT[row.status]}</span>
            {row.status === 'failed' && row.detail && (
              <span className="import-reason">{row.detail}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
