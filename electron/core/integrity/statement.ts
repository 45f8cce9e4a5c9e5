import type { IntegrityReport } from '../../../shared/model/integrity';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "30 Nov 2026": unambiguous in every reader's locale. */
export const statementDate = (date: Date): string =>
  `${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()}`;

/**
 * The line a PDF may carry about its quotations, only when everything the note cites is
 * verified; null otherwise (and when the note cites nothing, so there is nothing to vouch for).
 */
export function integrityStatement(report: IntegrityReport): string | null {
  if (!report.verified || report.items.length === 0) return null;
  const on = statementDate(new Date(report.checkedAt));
  const n = report.quotations;
  if (n === 0) {
    const c = report.items.length;
    return c === 1
      ? `The one citation verified against the library on ${on}.`
      : `All ${c} citations verified against the library on ${on}.`;
  }
  return n === 1
    ? `The one quotation verified against its source on ${on}.`
    : `All ${n} quotations verified against their sources on ${on}.`;
}
