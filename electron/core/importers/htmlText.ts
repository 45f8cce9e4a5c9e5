/** Elements whose content starts on a new line when flattened to text. */
const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CAPTION',
  'CENTER',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FIELDSET',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'LEGEND',
  'LI',
  'MAIN',
  'MENU',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TR',
  'UL',
]);
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'SVG',
  'CANVAS',
  'HEAD',
]);

const NOTE_HINT = /(foot|end)?note|\bfn|noteref|reference|citation/i;

/**
 * A footnote or reference marker (`<sup><a href="#fn22">22</a></sup>`, Wikipedia's `[1]`): kept
 * as its own word, so "alerts,22" and "22Sometimes" never become one word. A superscript that
 * is not a marker (km², 19th) stays attached.
 */
function isNoteMarker(element: Element): boolean {
  if (element.tagName.toUpperCase() !== 'SUP') return false;
  if (element.querySelector('a')) return true;
  const hints = ['class', 'id', 'role', 'data-type'].map((a) => element.getAttribute(a) ?? '');
  return NOTE_HINT.test(hints.join(' '));
}

/** Flattens a DOM subtree to text with one paragraph per block element. */
export function elementToText(root: Node): string {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      out.push((node.nodeValue ?? '').replace(/\s+/g, ' '));
      return;
    }
    // Documents and fragments: just their children.
    if (node.nodeType === 9 || node.nodeType === 11) {
      for (const child of Array.from(node.childNodes)) walk(child);
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (SKIP.has(tag)) return;
    if (tag === 'BR') {
      out.push('\n');
      return;
    }
    const block = BLOCK.has(tag);
    const marker = !block && isNoteMarker(element);
    if (block) out.push('\n');
    if (marker) out.push(' ');
    if (tag === 'LI') out.push('- ');
    if (tag === 'TD' || tag === 'TH') out.push(' ');
    for (const child of Array.from(element.childNodes)) walk(child);
    if (block) out.push('\n');
    if (marker) out.push(' ');
  };
  walk(root);
  return out.join('');
}

/**
 * How deep elements nest under `root`, walked with an explicit stack and stopping past `stopAt`:
 * Readability's work grows steeply with depth, and the text walk above recurses.
 */
export function elementNestingDepth(root: Element, stopAt: number): number {
  let deepest = 0;
  const stack: [Element, number][] = [[root, 1]];
  while (stack.length) {
    const [element, depth] = stack.pop()!;
    if (depth > deepest) {
      deepest = depth;
      if (deepest > stopAt) return deepest;
    }
    for (let child = element.firstElementChild; child; child = child.nextElementSibling)
      stack.push([child, depth + 1]);
  }
  return deepest;
}
