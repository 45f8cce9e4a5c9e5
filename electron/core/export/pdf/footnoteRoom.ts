import type { PaperSize } from '../../../../shared/model/export';
import type { Block, Brief, Inline } from '../brief/model';
import type { PdfCitations } from './citations';
import { noteHeight, NOTES_BASE } from './page';
import { contentWidth, pageMargins } from './theme';

/**
 * The first guess at the room footnotes need, before anything is laid out: the body is run
 * through a rough model of the page (average letter widths, line heights and block spacing)
 * and the fullest stretch of a page's height sets the room. A good guess makes the first layout
 * the last one; a low one costs a second layout, a high one some space under each page's text.
 */

const PAGE_HEIGHT: Record<PaperSize, number> = { A4: 841.89, Letter: 792 };
/** Average advance of running text in Noto Serif, spaces included, in ems. */
const CHAR_EMS = 0.48;
/** Noto's ascender, descender and line gap: a line is this many times the font size. */
const NOTO_LINE = 1.362;
const BODY = { size: 10.5, line: 10.5 * NOTO_LINE * 1.3, after: 7 };

/** One block as the model sees it: how tall it sets and which notes it carries. */
interface Piece {
  height: number;
  notes: number[];
}

const runsText = (runs: readonly Inline[]) =>
  runs.map((r) => (r.kind === 'cite' ? '' : r.text)).join('');
const runsNotes = (runs: readonly Inline[]) =>
  runs.flatMap((r) => (r.kind === 'cite' ? [r.cluster + 1] : []));

function textHeight(chars: number, width: number, size = BODY.size, line = BODY.line): number {
  return Math.max(1, Math.ceil((chars * CHAR_EMS * size) / width)) * line;
}

function pieces(block: Block, width: number, out: Piece[]): void {
  switch (block.kind) {
    case 'paragraph':
    case 'quote':
      out.push({
        height: textHeight(runsText(block.runs).length, width) + BODY.after,
        notes: runsNotes(block.runs),
      });
      return;
    case 'heading':
      // h1 15 pt with 20 pt around it, h2 12.5 pt with 17, h3 10.5 pt with 14 (theme.ts).
      out.push({
        height: block.level <= 1 ? 43.5 : block.level === 2 ? 36.6 : 14 + 10.5 * NOTO_LINE,
        notes: runsNotes(block.runs),
      });
      return;
    case 'list':
      for (const item of block.items) {
        out.push({
          height: textHeight(runsText(item.runs).length, width - 16) + 2,
          notes: runsNotes(item.runs),
        });
        for (const list of item.lists) pieces(list, width - 16, out);
      }
      out.push({ height: BODY.after, notes: [] });
      return;
    case 'rule':
      out.push({ height: 18, notes: [] });
      return;
    case 'code':
      out.push({ height: block.text.split('\n').length * 9 * NOTO_LINE + BODY.after, notes: [] });
      return;
    case 'excerpt':
      out.push({
        height: textHeight(block.quote.length + 2, width - 40) + 8 * NOTO_LINE + 16,
        notes: [block.cluster + 1],
      });
      return;
    case 'claim':
      out.push({
        height:
          7.5 * NOTO_LINE +
          textHeight(block.text.length, width - 20, 10.5, 10.5 * NOTO_LINE * 1.25) +
          8 * NOTO_LINE +
          34,
        notes: block.groups.map((g) => g.cluster + 1),
      });
      return;
    case 'summary':
    case 'keep':
      for (const inner of block.blocks) pieces(inner, width, out);
  }
}

/** The body keeps at least this much of a page, however many notes its lines carry. */
export const MIN_BODY_HEIGHT = 120;

/** The most room notes may take: what is left of the page once the body has its least. */
export function maxNoteRoom(paper: PaperSize): number {
  const margins = pageMargins();
  return PAGE_HEIGHT[paper] - margins[1]! - margins[3]! - MIN_BODY_HEIGHT;
}

/**
 * Room for the notes of the fullest page, in points: pages are filled from each block on, a page
 * being full when its body and the notes its markers call for no longer fit on it together.
 */
export function estimatedNoteRoom(brief: Brief, citations: PdfCitations, paper: PaperSize): number {
  const width = contentWidth(paper);
  const flow: Piece[] = [];
  for (const block of brief.blocks) pieces(block, width, flow);
  const margins = pageMargins();
  const pageBody = PAGE_HEIGHT[paper] - margins[1]! - margins[3]!;
  const notesOf = flow.map((piece) =>
    piece.notes.reduce((sum, n) => sum + noteHeight(citations, n, width), 0),
  );
  let room = 0;
  for (let start = 0; start < flow.length; start++) {
    if (flow[start]!.notes.length === 0) continue;
    let body = 0;
    let notes = NOTES_BASE;
    for (let i = start; i < flow.length; i++) {
      if (i > start && body + flow[i]!.height / 2 + notes + notesOf[i]! > pageBody) break;
      body += flow[i]!.height;
      notes += notesOf[i]!;
    }
    room = Math.max(room, notes);
  }
  return Math.min(room, maxNoteRoom(paper));
}
