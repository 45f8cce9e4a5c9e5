import { DEFAULT_STYLE } from '../../../shared/citations/styles';
import { ApiError } from '../../../shared/errors';
import type {
  ExportFormat,
  ExportDefaults,
  ExportIntegrity,
  ExportOptions,
  ExportSummary,
} from '../../../shared/model/export';
import type { IntegrityReport } from '../../../shared/model/integrity';
import type { CoreContext } from '../context';
import { integrityStatement } from '../integrity/statement';
import { createIntegrityCheck } from '../integrity/verifyNote';
import { writeFileAtomic } from './atomicWrite';
import { buildDocx } from './docx/buildDocx';
import { createCitationStyles } from './citationStyles';
import { parseNoteRoot, type PdfJob } from './pdf/buildPdf';
import type { ExportLog } from './exportLog';
import { noteKeywords } from './exportKeywords';
import { recordExport } from './exportRevision';
import { estimativeWarnings } from './estimativeWarnings';
import { refusedMarkingsWarning, rollUpFromLibrary } from './libraryMarkings';
import { isLowerMarking } from './markingRollUp';
import { defaultResourcesDir } from './resources';
import { runPdfJob, type PdfJobControl } from './runPdfJob';

/**
 * No author unless the user gives one: the OS login name is often not a person's name, and it
 * would end up in the PDF's metadata without anyone choosing it.
 */
const defaultAuthor = (): string => '';

export function exportDefaults(ctx: CoreContext, noteId: number): ExportDefaults {
  const note = ctx.notes.get(noteId);
  const rollUp = rollUpFromLibrary(ctx, parseNoteRoot(note.content));
  return {
    marking: rollUp.strictest,
    citedMarkings: rollUp.cited,
    schemeLevels: [...rollUp.scheme.levels],
    author: defaultAuthor(),
    integrity: createIntegrityCheck(ctx.db).verifyContent(note.content),
  };
}

/**
 * The export's gate: with anything not verified, each such item must have been acknowledged.
 * Returns what the export log keeps; throws `unverified` listing what still needs a decision.
 */
export function gateOnIntegrity(report: IntegrityReport, acknowledged: readonly string[]) {
  const unverified = report.items.filter((i) => i.state !== 'verified');
  const open = unverified.filter((i) => !acknowledged.includes(i.key));
  if (open.length > 0)
    throw new ApiError(
      'unverified',
      `${open.length} cited item(s) are not verified against the library; acknowledge each to export: ` +
        open.map((i) => `${i.kind} ${i.id} (${i.message})`).join('; '),
    );
  const statement = integrityStatement(report);
  const integrity: ExportIntegrity = {
    verified: report.verified,
    quotations: report.quotations,
    counts: report.counts,
    acknowledged: unverified.map((i) => ({ key: i.key, state: i.state, message: i.message })),
    statement,
  };
  return integrity;
}

/** A checked export, ready to run: the banner is settled and any under-marking confirmed. */
export interface ExportPlan {
  noteId: number;
  title: string;
  job: PdfJob;
  /** The strictest marking the note cites (null when none). */
  citedMarking: string | null;
  /** The banner was confirmed below `citedMarking`. */
  markingLowered: boolean;
  /** The integrity check this export passed (with what was acknowledged), for the log. */
  integrity: ExportIntegrity;
  /**
   * Found before the PDF is made: open flags of the estimative-language check, strings refused
   * as markings.
   */
  warnings: string[];
}

/**
 * Validates an export before anything is asked or written: the note exists and is readable, a
 * banner less strict than what the note cites has been confirmed, and every cited item is
 * verified against the library or acknowledged.
 */
export function planExport(
  ctx: CoreContext,
  noteId: number,
  options: ExportOptions,
  now: Date = new Date(),
): ExportPlan {
  const note = ctx.notes.get(noteId);
  const root = parseNoteRoot(note.content);
  const rollUp = rollUpFromLibrary(ctx, root);
  // null asks for the rolled-up default; an empty string asks for no banner at all.
  const chosen = options.marking === null ? null : options.marking.trim();
  const banner = chosen ?? rollUp.strictest ?? '';
  const lower = chosen !== null && isLowerMarking(rollUp.scheme, chosen, rollUp.strictest);
  if (lower && !options.confirmLowerMarking) {
    throw new ApiError(
      'conflict',
      `This note cites ${rollUp.strictest} material. ${chosen ? `Printing the banner "${chosen}"` : 'Exporting without a banner'} needs your confirmation.`,
    );
  }
  const integrity = gateOnIntegrity(
    createIntegrityCheck(ctx.db, () => now).verifyContent(note.content),
    options.acknowledged ?? [],
  );
  const author = options.author.trim() || defaultAuthor();
  const resourcesDir = defaultResourcesDir();
  const styles = createCitationStyles(ctx.db, resourcesDir);
  const style = options.style ?? styles.ofNote(noteId);
  const csl = styles.resolve(style);
  return {
    noteId,
    title: note.title,
    citedMarking: rollUp.strictest,
    markingLowered: lower,
    integrity,
    warnings: [...estimativeWarnings(root), ...refusedMarkingsWarning(rollUp.refused)],
    job: {
      title: note.title,
      content: note.content,
      options: { ...options, author, style },
      banner,
      exportedAt: now.toISOString(),
      keywords: options.tagKeywords ? noteKeywords(ctx, root) : [],
      schemeId: rollUp.scheme.id,
      scheme: rollUp.scheme,
      resourcesDir,
      csl,
      integrityStatement: integrity.statement,
    },
  };
}

export interface ExportOutcome extends ExportSummary {
  pdf: Uint8Array;
  /** The export log entry, with the revision of the note that was exported. */
  recordId: number;
}

/**
 * Builds the PDF off the calling thread (the Word file in this one: docx is quick to write), writes it atomically when given a path, then records
 * the export in the note's history (a revision and an export-log row).
 */
export async function runExport(
  ctx: CoreContext,
  log: ExportLog,
  plan: ExportPlan,
  path: string | null,
  control: PdfJobControl = {},
  format: ExportFormat = 'pdf',
): Promise<ExportOutcome> {
  const result = format === 'docx' ? await buildDocx(plan.job) : await runPdfJob(plan.job, control);
  createCitationStyles(ctx.db, plan.job.resourcesDir).setForNote(
    plan.noteId,
    plan.job.options.style ?? DEFAULT_STYLE,
  );
  if (path !== null) await writeFileAtomic(path, result.bytes);
  const record = recordExport(ctx, log, {
    noteId: plan.noteId,
    banner: plan.job.banner,
    citedMarking: plan.citedMarking,
    markingLowered: plan.markingLowered,
    paper: plan.job.options.paper,
    style: plan.job.options.style ?? DEFAULT_STYLE,
    pages: result.pages,
    integrity: plan.integrity,
  });
  return {
    pdf: result.bytes,
    pages: result.pages,
    bytes: result.bytes.byteLength,
    marking: plan.job.banner,
    warnings: [...plan.warnings, ...result.warnings],
    integrityStatement: plan.integrity.statement,
    recordId: record.id,
  };
}

/** A file name for the note: its title without characters file systems reject. */
export function suggestedFileName(title: string, format: ExportFormat = 'pdf'): string {
  const base = [...title]
    .map((ch) => (ch.charCodeAt(0) < 32 ? ' ' : ch))
    .join('')
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return `${base || 'Briefing'}.${format}`;
}
