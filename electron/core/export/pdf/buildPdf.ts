import { formatCitations, type StyleXml } from '../../../../shared/citations/cslEngine';
import { ApiError } from '../../../../shared/errors';
import { MAX_NOTE_DEPTH, treeDepth } from '../../../../shared/note/walkTree';
import { BUILT_IN_SCHEMES, type MarkingScheme } from '../../../../shared/markings';
import type { JsonNode } from '../../../../shared/note/nodes';
import type { ExportOptions } from '../../../../shared/model/export';
import { buildBrief } from '../brief/buildBrief';
import type { Brief } from '../brief/model';
import { markingsUnder, schemeFor } from '../markingRollUp';
import { briefToPdf } from './briefToPdf';
import { NOTE_PREFIX, type PdfCitations } from './citations';
import { withMarkerPages } from './layoutProbe';
import { estimatedNoteRoom, maxNoteRoom } from './footnoteRoom';
import { notesHeight, type FootnoteLayout } from './page';
import { renderPdf } from './render';
import { contentWidth } from './theme';

/** Everything needed to make the file; plain data, so it can cross to a worker thread. */
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
  /** The citation style and its locale, resolved before the job starts. */
  csl: StyleXml;
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

/** The job's note as a briefing, with its citations formatted by the job's style. */
export function briefOfJob(job: PdfJob): { brief: Brief; citations: PdfCitations } {
  const root = parseNoteRoot(job.content);
  const brief = buildBrief({
    title: job.title,
    root,
    author: job.options.author,
    exportedAt: new Date(job.exportedAt),
    banner: job.banner,
    scheme:
      job.scheme ??
      BUILT_IN_SCHEMES.find((s) => s.id === job.schemeId) ??
      schemeFor(markingsUnder(root)),
    portionMarks: job.options.portionMarks,
    markEveryPortion: job.options.markEveryPortion ?? false,
    evidenceAnnex: job.options.evidenceAnnex,
    integrityStatement: job.integrityStatement ?? null,
  });
  const formatted = formatCitations(job.csl, brief.clusters);
  return { brief, citations: { formatted, placement: job.options.notes } };
}

/** How many layouts footnotes may take before the room they need is settled. */
const MAX_FOOTNOTE_PASSES = 4;

/** Converts and renders a note; progress goes 0 → 1 (conversion, then pdfmake's rendering). */
export async function buildPdf(
  job: PdfJob,
  onProgress: (fraction: number) => void = () => undefined,
): Promise<PdfJobResult> {
  const { brief, citations } = briefOfJob(job);
  onProgress(0.1);
  const render = (footnotes: FootnoteLayout | null) => {
    const { docDefinition, layout } = briefToPdf({
      brief,
      options: job.options,
      citations,
      keywords: job.keywords,
      footnotes,
    });
    return { docDefinition, layout };
  };
  const footnoted = citations.formatted.kind === 'note' && citations.placement === 'footnotes';
  if (!footnoted) {
    const { docDefinition, layout } = render(null);
    const rendered = await renderPdf(docDefinition, job.resourcesDir, (p) =>
      onProgress(0.1 + 0.85 * p),
    );
    onProgress(1);
    return {
      bytes: rendered.bytes,
      pages: layout.pageCount,
      warnings: [...brief.warnings, ...rendered.warnings],
    };
  }
  // Footnotes: lay out, see which page each marker landed on, and make the bottom margin hold
  // the fullest page's notes; the footers of the same layout print the notes of their own page.
  // A layout whose notes outgrow the room is dropped as soon as the body is laid out, before
  // its footers and its drawing, and made again with the room its pages asked for.
  const width = contentWidth(job.options.paper);
  let reserve = estimatedNoteRoom(brief, citations, job.options.paper);
  for (let pass = 1; ; pass++) {
    const footnotes: FootnoteLayout = { reserve, pages: new Map() };
    const { docDefinition, layout } = render(footnotes);
    const last = pass >= MAX_FOOTNOTE_PASSES;
    try {
      const rendered = await withMarkerPages(
        NOTE_PREFIX,
        (pages) => {
          footnotes.pages = new Map(
            [...pages].map(([id, page]) => [Number(id.slice(NOTE_PREFIX.length)), page]),
          );
          const needed = neededReserve(citations, footnotes.pages, width);
          if (needed > reserve && !last) throw new NotesOutgrowRoom(needed);
        },
        () =>
          renderPdf(docDefinition, job.resourcesDir, (p) => onProgress(0.1 + (0.85 * p) / pass)),
      );
      onProgress(1);
      return {
        bytes: rendered.bytes,
        pages: layout.pageCount,
        warnings: [...brief.warnings, ...rendered.warnings],
      };
    } catch (error) {
      if (!(error instanceof NotesOutgrowRoom)) throw error;
      reserve = Math.min(error.needed, maxNoteRoom(job.options.paper));
    }
  }
}

/** Stops a layout whose fullest page has more notes than the bottom margin holds. */
class NotesOutgrowRoom extends Error {
  constructor(readonly needed: number) {
    super('The footnotes need more room than was reserved.');
  }
}

/** The room the fullest page's notes take, from the page each note's marker is on. */
function neededReserve(
  citations: PdfCitations,
  notePages: ReadonlyMap<number, number>,
  width: number,
): number {
  const byPage = new Map<number, number[]>();
  for (const [n, page] of notePages) byPage.set(page, [...(byPage.get(page) ?? []), n]);
  let needed = 0;
  for (const ns of byPage.values()) needed = Math.max(needed, notesHeight(citations, ns, width));
  return needed;
}
