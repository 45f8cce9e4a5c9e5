import { userInfo } from 'node:os';
import { ApiError } from '../../../shared/errors';
import type { ExportDefaults, ExportOptions, ExportSummary } from '../../../shared/model/export';
import type { CoreContext } from '../context';
import { writeFileAtomic } from './atomicWrite';
import { parseNoteRoot, type PdfJob } from './buildPdf';
import { recordExportRevision } from './exportRevision';
import { isLowerMarking, rollUpMarkings } from './markingRollUp';
import { defaultResourcesDir } from './resources';
import { runPdfJob } from './runPdfJob';

function defaultAuthor(): string {
  try {
    return userInfo().username;
  } catch {
    return '';
  }
}

export function exportDefaults(ctx: CoreContext, noteId: number): ExportDefaults {
  const note = ctx.notes.get(noteId);
  const rollUp = rollUpMarkings(parseNoteRoot(note.content));
  return {
    marking: rollUp.strictest,
    citedMarkings: rollUp.cited,
    schemeLevels: [...rollUp.scheme.levels],
    author: defaultAuthor(),
  };
}

/** A checked export, ready to run: the banner is settled and any under-marking confirmed. */
export interface ExportPlan {
  noteId: number;
  title: string;
  job: PdfJob;
  /** What the note's history records about this export. */
  revisionReason: string;
}

/**
 * Validates an export before anything is asked or written: the note exists and is readable, and
 * a banner less strict than what the note cites has been confirmed.
 */
export function planExport(
  ctx: CoreContext,
  noteId: number,
  options: ExportOptions,
  now: Date = new Date(),
): ExportPlan {
  const note = ctx.notes.get(noteId);
  const rollUp = rollUpMarkings(parseNoteRoot(note.content));
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
  const author = options.author.trim() || defaultAuthor();
  const revisionReason = lower
    ? `Exported to PDF ${chosen ? `with banner "${chosen}"` : 'without a banner'}, below the cited ${rollUp.strictest} (confirmed)`
    : `Exported to PDF${banner ? ` (${banner})` : ''}`;
  return {
    noteId,
    title: note.title,
    revisionReason,
    job: {
      title: note.title,
      content: note.content,
      options: { ...options, author },
      banner,
      exportedAt: now.toISOString(),
      keywords: [],
      resourcesDir: defaultResourcesDir(),
    },
  };
}

export interface ExportOutcome extends ExportSummary {
  pdf: Uint8Array;
  revisionRecorded: boolean;
}

/** Builds the PDF off the calling thread and, when given a path, writes it atomically there. */
export async function runExport(
  ctx: CoreContext,
  plan: ExportPlan,
  path: string | null,
  onProgress?: (fraction: number) => void,
): Promise<ExportOutcome> {
  const result = await runPdfJob(plan.job, onProgress);
  if (path !== null) await writeFileAtomic(path, result.bytes);
  const revisionRecorded = recordExportRevision(ctx, plan.noteId, plan.revisionReason);
  return {
    pdf: result.bytes,
    pages: result.pages,
    bytes: result.bytes.byteLength,
    marking: plan.job.banner,
    warnings: result.warnings,
    revisionRecorded,
  };
}

/** A file name for the note: its title without characters file systems reject. */
export function suggestedFileName(title: string): string {
  const base = [...title]
    .map((ch) => (ch.charCodeAt(0) < 32 ? ' ' : ch))
    .join('')
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return `${base || 'Briefing'}.pdf`;
}
