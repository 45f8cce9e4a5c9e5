import type { JsonNode } from '../../../shared/citations/numbering';
import { numberCitations } from '../../../shared/citations/numbering';
import { ApiError } from '../../../shared/errors';
import { MAX_NOTE_DEPTH, treeDepth } from '../../../shared/note/walkTree';
import { BUILT_IN_SCHEMES, type MarkingScheme } from '../../../shared/markings';
import type { ExportOptions } from '../../../shared/model/export';
import { schemeFor, markingsUnder } from './markingRollUp';
import { noteToPdf } from './noteToPdf';
import { renderPdf } from './renderPdf';
import { formatSourceEntries } from './sourceEntries';

/** Everything needed to make the PDF bytes; plain data, so it can cross to a worker thread. */
export interface PdfJob {
  title: string;
  /** Serialized editor state (JSON text). */
  content: string;
  options: ExportOptions;
  banner: string;
  /** ISO timestamp. */
  exportedAt: string;
  keywords: string[];
  /** Id of the marking scheme the banner and portion marks are ranked in. */
  schemeId: string;
  /** The scheme itself (levels and colours), so a library's own scheme prints in its colours. */
  scheme?: MarkingScheme;
  resourcesDir: string;
  /** The integrity statement to print, or null (see integrity/statement.ts). */
  integrityStatement?: string | null;
}

export interface PdfJobResult {
  bytes: Uint8Array;
  pages: number;
  warnings: string[];
}

export function parseNoteRoot(content: string): JsonNode {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch {
    throw new ApiError(
      'bad_request',
      'The note could not be read: its saved content is not valid JSON.',
    );
  }
  const root = (parsed as { root?: unknown } | null)?.root;
  if (typeof root !== 'object' || root === null || typeof (root as JsonNode).type !== 'string') {
    throw new ApiError('bad_request', 'The note could not be read: its saved content has no root.');
  }
  const depth = treeDepth(root, MAX_NOTE_DEPTH);
  if (depth > MAX_NOTE_DEPTH)
    throw new ApiError(
      'bad_request',
      `The note is nested too deeply to print (more than ${MAX_NOTE_DEPTH} levels, such as lists inside lists). Flatten the deepest part and export again.`,
    );
  return root as JsonNode;
}

/** Converts and renders a note; progress goes 0 → 1 (conversion, then pdfmake's rendering). */
export async function buildPdf(
  job: PdfJob,
  onProgress: (fraction: number) => void = () => undefined,
): Promise<PdfJobResult> {
  const root = parseNoteRoot(job.content);
  const numbering = numberCitations(root);
  const sourceEntries = job.options.sourcesList
    ? formatSourceEntries(numbering.sources, job.options.style, job.resourcesDir)
    : new Map();
  const { docDefinition, warnings, layout } = noteToPdf({
    note: { title: job.title, root },
    options: job.options,
    banner: job.banner,
    scheme:
      job.scheme ??
      BUILT_IN_SCHEMES.find((s) => s.id === job.schemeId) ??
      schemeFor(markingsUnder(root)),
    exportedAt: new Date(job.exportedAt),
    keywords: job.keywords,
    sourceEntries,
    integrityStatement: job.integrityStatement,
  });
  onProgress(0.1);
  const rendered = await renderPdf(docDefinition, job.resourcesDir, (p) =>
    onProgress(0.1 + 0.85 * p),
  );
  onProgress(1);
  return {
    bytes: rendered.bytes,
    pages: layout.pageCount,
    warnings: [...warnings, ...rendered.warnings],
  };
}
