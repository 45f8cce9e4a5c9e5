import type { IntegrityReport } from '../../../shared/model/integrity';

export interface IntegritySectionProps {
  report: IntegrityReport;
  acknowledged: ReadonlySet<string>;
  onAcknowledge: (key: string, acknowledged: boolean) => void;
  /** Runs the check again (after the analyst refreshed citations in the note). */
  onCheckAgain: () => void;
  disabled: boolean;
}

/**
 * The integrity check's result in the export dialog. With anything not verified, each item needs
 * the analyst's acknowledgement before the export, and the PDF then carries no statement.
 */
export function IntegritySection(props: IntegritySectionProps) {
  const { report, acknowledged, onAcknowledge, onCheckAgain, disabled } = props;
  const open = report.items.filter((i) => i.state !== 'verified');
  if (open.length === 0)
    return (
      <section className="export-integrity ok" aria-label="Integrity check">
        <p>
          {report.items.length === 0
            ? 'The note cites nothing from the library.'
            : `All ${report.quotations} quotation${report.quotations === 1 ? '' : 's'} and ${report.items.length} cited item${report.items.length === 1 ? '' : 's'} verified against the library. The PDF will say so.`}
        </p>
      </section>
    );
  return (
    <section className="export-integrity" aria-label="Integrity check">
      <p>
        <strong>
          {open.length} cited item{open.length === 1 ? ' is' : 's are'} not verified
        </strong>{' '}
        against the library. Acknowledge each to export anyway (the PDF will then carry no integrity
        statement), or refresh them in the note and check again.
      </p>
      <ul>
        {open.map((item) => (
          <li key={item.key}>
            <label>
              <input
                type="checkbox"
                checked={acknowledged.has(item.key)}
                disabled={disabled}
                onChange={(e) => onAcknowledge(item.key, e.target.checked)}
              />
              <span>
                <span className="export-integrity-label">
                  {item.kind} {item.label.length > 80 ? `${item.label.slice(0, 80)}…` : item.label}
                </span>{' '}
                — {item.message}
              </span>
            </label>
          </li>
        ))}
      </ul>
      <button type="button" onClick={onCheckAgain} disabled={disabled}>
        Check again
      </button>
    </section>
  );
}
