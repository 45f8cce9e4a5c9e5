import { addBreakOpportunities, clampCombiningMarks, MAX_COMBINING_MARKS } from './textCleanup';
import { nameUndrawableEmoji, type EmojiNames } from './emojiNames';
import type { FontSet } from './fonts';
import { scriptRuns, startsRightToLeft, type Piece, type Run } from './scriptRuns';

type Props = Record<string, unknown>;
type Node = Record<string, unknown>;

/** Parts of a document definition that hold no text to draw. */
const SKIP = new Set(['canvas', 'layout', 'svg', 'image', 'qr', 'info', 'styles', 'defaultStyle']);

const codePoint = (ch: string) =>
  `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
const excerptOf = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
};
const isCjk = (ch: string) =>
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(ch);

const PAGE_WIDTHS: Record<string, number> = { A4: 595.28, LETTER: 612 };

/** The width text may take on a page of this document, in points. */
function lineWidth(doc: Node): number {
  const size = doc.pageSize;
  const page =
    typeof size === 'string'
      ? (PAGE_WIDTHS[size.toUpperCase()] ?? 595.28)
      : typeof (size as { width?: unknown })?.width === 'number'
        ? (size as { width: number }).width
        : 595.28;
  const m = doc.pageMargins;
  const sides =
    typeof m === 'number'
      ? 2 * m
      : Array.isArray(m)
        ? Number(m[0]) + Number(m[m.length === 4 ? 2 : 0])
        : 80;
  return page - sides;
}

/**
 * Cuts a right-to-left paragraph into lines that fit, measured with the fonts, so each line can
 * be put in drawing order on its own: pdfmake would otherwise wrap the reordered paragraph from
 * its logical end. A line is kept to 90 % of the width, as nesting (quotes, lists) narrows it.
 */
function rtlLines(pieces: Piece<Props>[], budgetEms: number, fonts: FontSet): Piece<Props>[][] {
  const lines: Piece<Props>[][] = [[]];
  let used = 0;
  for (const piece of pieces) {
    for (const word of piece.text.match(/\S+\s*|\s+/gu) ?? []) {
      const width =
        fonts.widthInEms(word.trimEnd()) + (word.length > word.trimEnd().length ? 0.25 : 0);
      let line = lines.at(-1)!;
      if (used + width > budgetEms && line.length) {
        line = [];
        lines.push(line);
        used = 0;
      }
      used += width;
      const last = line.at(-1);
      if (last && last.props === piece.props) last.text += word;
      else line.push({ text: word, props: piece.props });
    }
  }
  return lines;
}

/** The text leaves of a pdfmake `text` value, each with the style it inherits. */
function flatten(value: unknown, inherited: Props, out: Piece<Props>[]): void {
  if (typeof value === 'string' || typeof value === 'number') {
    out.push({ text: String(value), props: inherited });
  } else if (Array.isArray(value)) {
    for (const item of value) flatten(item, inherited, out);
  } else if (value && typeof value === 'object') {
    const { text, ...own } = value as Node;
    flatten(text, { ...inherited, ...own }, out);
  }
}

export interface Shaper {
  /** Rewrites every text in the definition in place (content, header and footer). */
  shape(doc: Node): void;
  warnings(): string[];
}

/**
 * Prepares every text of a pdfmake document for printing in any script: combining-mark stacks
 * clamped, undrawable emoji named, break opportunities in unbroken runs, each character in a
 * font that has it, right-to-left paragraphs in drawing order and right-aligned. What still has
 * no glyph is reported with the paragraph it is in.
 */
export function createShaper(fonts: FontSet, emojiNames: EmojiNames): Shaper {
  const missing = new Map<string, string>();
  const named = new Map<string, string>();
  let clamped = 0;
  let clampedIn = '';

  const canDraw = (cp: number) => fonts.inBody(cp) || fonts.fallbackFor(cp, 'sc') !== null;

  const shapeText = (node: Node): void => {
    const pieces: Piece<Props>[] = [];
    flatten(node.text, {}, pieces);
    const original = pieces.map((p) => p.text).join('');
    for (const piece of pieces) {
      const marks = clampCombiningMarks(piece.text);
      if (marks.removed) {
        clamped += marks.removed;
        clampedIn ||= excerptOf(original);
      }
      const emoji = nameUndrawableEmoji(marks.text, canDraw, emojiNames);
      for (const e of emoji.named) if (!named.has(e)) named.set(e, excerptOf(original));
      piece.text = addBreakOpportunities(emoji.text);
    }
    const joined = pieces.map((p) => p.text).join('');
    const rtl = startsRightToLeft(joined);
    const lines = rtl ? rtlLines(pieces, (width * 0.9) / fontSizeOf(node), fonts) : [pieces];
    const runs: Run<Props>[] = [];
    for (const line of lines) {
      const shaped = scriptRuns(line, fonts);
      for (const ch of shaped.missing) if (!missing.has(ch)) missing.set(ch, excerptOf(original));
      if (runs.length) runs.push({ text: '\n', props: line[0]?.props ?? {} });
      runs.push(...shaped.runs);
    }
    if (runs.length === 0 || (runs.length === 1 && runs[0]!.text === '')) return;
    node.text = runs.map((run) => ({
      ...run.props,
      text: run.text,
      ...(run.font ? { font: run.font } : {}),
    }));
    if (rtl && node.alignment === undefined) node.alignment = 'right';
  };

  let width = 451;
  let styles: Record<string, { fontSize?: number }> = {};
  let defaultSize = 12;
  const fontSizeOf = (node: Node): number => {
    if (typeof node.fontSize === 'number') return node.fontSize;
    const style = typeof node.style === 'string' ? styles[node.style] : undefined;
    return style?.fontSize ?? defaultSize;
  };

  /** Where pdfmake reads a bare string as a paragraph; elsewhere a string is a setting. */
  const BLOCK_LISTS = new Set(['content', 'stack', 'ul', 'ol', 'columns', 'body', 'row']);

  const walk = (root: unknown, rootKey = 'content'): void => {
    const stack: { value: unknown; key: string }[] = [{ value: root, key: rootKey }];
    while (stack.length) {
      const { value, key } = stack.pop()!;
      if (Array.isArray(value)) {
        const blocks = BLOCK_LISTS.has(key);
        // Pushed last to first, so the document is shaped (and reported) in reading order.
        for (let i = value.length - 1; i >= 0; i--) {
          const item: unknown = value[i];
          if (blocks && (typeof item === 'string' || typeof item === 'number')) {
            const node: Node = { text: String(item) };
            value[i] = node;
            stack.push({ value: node, key });
          } else stack.push({ value: item, key: key === 'body' ? 'row' : key });
        }
      } else if (typeof value === 'string' && key === 'content') {
        // A document whose content is one string is handled by the caller.
      } else if (value && typeof value === 'object') {
        const node = value as Node;
        if ('text' in node) shapeText(node);
        for (const [childKey, child] of Object.entries(node).reverse())
          if (childKey !== 'text' && !SKIP.has(childKey) && typeof child === 'object')
            stack.push({ value: child, key: childKey });
      }
    }
  };

  const wrap = (fn: unknown) =>
    typeof fn === 'function'
      ? (...args: unknown[]) => {
          const made: unknown = (fn as (...a: unknown[]) => unknown)(...args);
          if (typeof made === 'string') {
            const node: Node = { text: made };
            shapeText(node);
            return node;
          }
          walk(made, 'stack');
          return made;
        }
      : fn;

  return {
    shape(doc) {
      width = lineWidth(doc);
      styles = (doc.styles ?? {}) as typeof styles;
      const base = (doc.defaultStyle ?? {}) as { fontSize?: number };
      defaultSize = base.fontSize ?? 12;
      if (typeof doc.content === 'string') doc.content = [doc.content];
      walk(doc.content);
      if (doc.header) doc.header = typeof doc.header === 'function' ? wrap(doc.header) : doc.header;
      if (doc.footer) doc.footer = typeof doc.footer === 'function' ? wrap(doc.footer) : doc.footer;
      if (typeof doc.header === 'object') walk(doc.header, 'stack');
      if (typeof doc.footer === 'object') walk(doc.footer, 'stack');
    },
    warnings() {
      const out: string[] = [];
      const cjk = [...missing.keys()].filter(isCjk);
      if (cjk.length && !fonts.hasCjk) {
        out.push(
          `No Chinese, Japanese or Korean font was found, so these characters print as empty boxes: ${cjk.slice(0, 20).join('')}${cjk.length > 20 ? '…' : ''} (first in "${missing.get(cjk[0]!)}"). Install the Noto CJK fonts (fonts-noto-cjk) and export again.`,
        );
      }
      for (const [ch, where] of missing) {
        if (isCjk(ch) && !fonts.hasCjk) continue;
        out.push(`No font has a glyph for "${ch}" (${codePoint(ch)}), in "${where}".`);
      }
      for (const [emoji, where] of named)
        out.push(`The emoji ${emoji} is printed by its name, in "${where}".`);
      if (clamped)
        out.push(
          `${clamped} combining mark${clamped === 1 ? '' : 's'} stacked past ${MAX_COMBINING_MARKS} on one letter ${clamped === 1 ? 'was' : 'were'} left out, first in "${clampedIn}".`,
        );
      return out;
    },
  };
}
