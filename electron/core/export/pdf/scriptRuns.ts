import bidiFactory from 'bidi-js';
import type { CjkLanguage, FontSet } from './fonts';

const bidi = bidiFactory();

/** Letters of right-to-left scripts, with the marks and joiners that shape with them. */
const RTL_LETTER =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{M}\u200C\u200D]/u;
const HAS_RTL =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const PRINTABLE_ASCII = /^[\t\n\r\x20-\x7e]*$/;
const CJK_TEXT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** One piece of a paragraph as the document gives it: its text and its own style properties. */
export interface Piece<P> {
  text: string;
  props: P;
}

/** A piece of laid-out text: the style of the piece it came from, and the family to set it in. */
export interface Run<P> {
  text: string;
  props: P;
  /** A fallback family for characters the body fonts lack; undefined keeps the body font. */
  font?: string;
}

export interface ShapedParagraph<P> {
  runs: Run<P>[];
  /** The paragraph reads right to left (it starts with a right-to-left letter). */
  rtl: boolean;
  /** Characters no font draws, each once. */
  missing: string[];
}

/** Whether a paragraph reads right to left: its first strong letter is Arabic, Hebrew, … */
export function startsRightToLeft(text: string): boolean {
  if (!HAS_RTL.test(text)) return false;
  return (bidi.getEmbeddingLevels(text).paragraphs[0]?.level ?? 0) % 2 === 1;
}

interface Cell {
  ch: string;
  piece: number;
  level: number;
}

/** The paragraph's language for Han characters: kana make it Japanese, Hangul Korean. */
function cjkLanguage(text: string): CjkLanguage {
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return 'jp';
  if (/\p{Script=Hangul}/u.test(text)) return 'kr';
  return 'sc';
}

/**
 * Puts a right-to-left paragraph into the order it is drawn in, for a layout engine (pdfmake)
 * that places words left to right: the Unicode bidi algorithm (bidi-js) reorders the paragraph,
 * mirrored brackets are swapped, and each run of right-to-left letters is turned back into
 * reading order as one piece, because the font engine (fontkit) shapes and reverses such a run
 * itself. The caller gives one line at a time (shapeDocument.ts cuts long paragraphs).
 */
function visualCells(cells: Cell[], text: string): { cells: Cell[]; rtl: boolean } {
  const embedding = bidi.getEmbeddingLevels(text);
  const rtl = (embedding.paragraphs[0]?.level ?? 0) % 2 === 1;
  const mirrored = bidi.getMirroredCharactersMap(text, embedding.levels);
  // Cells are code points; levels are per UTF-16 unit.
  const unitToCell: number[] = [];
  let unit = 0;
  cells.forEach((cell, i) => {
    cell.level = embedding.levels[unit] ?? 0;
    const mirror = mirrored.get(unit);
    if (mirror) cell.ch = mirror;
    for (let k = 0; k < cell.ch.length; k++) unitToCell[unit + k] = i;
    unit += cell.ch.length || 1;
  });
  const order = cells.slice();
  for (const [start = 0, end = 0] of bidi.getReorderSegments(text, embedding)) {
    const from = unitToCell[start]!;
    const to = unitToCell[end]!;
    const reversed = order.slice(from, to + 1).reverse();
    order.splice(from, reversed.length, ...reversed);
  }
  // Back to reading order inside each right-to-left word: fontkit reverses it while shaping.
  const out: Cell[] = [];
  for (let i = 0; i < order.length;) {
    const cell = order[i]!;
    if (cell.level % 2 === 1 && RTL_LETTER.test(cell.ch)) {
      let j = i;
      while (
        j < order.length &&
        order[j]!.level % 2 === 1 &&
        order[j]!.piece === cell.piece &&
        RTL_LETTER.test(order[j]!.ch)
      )
        j++;
      out.push(...order.slice(i, j).reverse());
      i = j;
    } else {
      out.push(cell);
      i++;
    }
  }
  return { cells: out, rtl };
}

/**
 * Splits a paragraph into runs a PDF can draw: each character in a family that has its glyph
 * (body fonts first, then Arabic, Hebrew, CJK, symbols), right-to-left text in drawing order.
 */
export function scriptRuns<P>(pieces: readonly Piece<P>[], fonts: FontSet): ShapedParagraph<P> {
  // Most paragraphs are plain ASCII: nothing to split or reorder.
  if (pieces.every((p) => PRINTABLE_ASCII.test(p.text)))
    return { runs: pieces.map((p) => ({ text: p.text, props: p.props })), rtl: false, missing: [] };
  const text = pieces.map((p) => p.text).join('');
  const cells: Cell[] = [];
  pieces.forEach((piece, index) => {
    for (const ch of piece.text) cells.push({ ch, piece: index, level: 0 });
  });
  const lang = CJK_TEXT.test(text) ? cjkLanguage(text) : 'sc';
  let ordered = cells;
  let rtl = false;
  if (HAS_RTL.test(text)) ({ cells: ordered, rtl } = visualCells(cells, text));

  const missing = new Set<string>();
  const runs: Run<P>[] = [];
  let rtlWord = false;
  for (const cell of ordered) {
    const cp = cell.ch.codePointAt(0)!;
    let font: string | undefined;
    if (cp > 0x7e && !fonts.inBody(cp) && !/\s/u.test(cell.ch)) {
      font = fonts.fallbackFor(cp, lang) ?? undefined;
      if (!font) missing.add(cell.ch);
    }
    // A right-to-left word stays one run so it is shaped whole; marks follow their letter's font.
    const inRtlWord = cell.level % 2 === 1 && RTL_LETTER.test(cell.ch);
    const last = runs.at(-1);
    if (last && /\p{M}/u.test(cell.ch) && last.props === pieces[cell.piece]!.props) {
      last.text += cell.ch;
      continue;
    }
    if (
      last &&
      last.props === pieces[cell.piece]!.props &&
      last.font === font &&
      inRtlWord === rtlWord
    ) {
      last.text += cell.ch;
    } else {
      runs.push({ text: cell.ch, props: pieces[cell.piece]!.props, ...(font ? { font } : {}) });
    }
    rtlWord = inRtlWord;
  }
  return { runs, rtl, missing: [...missing] };
}
