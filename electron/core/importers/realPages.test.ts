import { JSDOM } from 'jsdom';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSourceFile } from './index';
import { normalizeText } from './normalizeText';

const PAGES = resolve(__dirname, '../../../tests/fixtures/readability-pages');
const pages = readdirSync(PAGES)
  .filter((f) => f.endsWith('.html') && !f.endsWith('.expected.html'))
  .map((f) => f.slice(0, -'.html'.length));

/** Phrasing elements: text inside them may continue a word. Any other element ends one. */
const INLINE = new Set(
  'A ABBR ACRONYM B BDI BDO BIG CITE CODE DATA DEL DFN EM FONT I IMG INS KBD LABEL MARK NOBR Q RUBY RB RP RT S SAMP SMALL SPAN STRIKE STRONG SUB SUP TIME TT U VAR WBR'.split(
    ' ',
  ),
);
const isMarker = (el: Element) =>
  el.tagName === 'SUP' &&
  (el.querySelector('a') !== null ||
    /note|\bfn|reference|citation/i.test(`${el.className} ${el.id} ${el.getAttribute('role')}`));

/**
 * What Readability finds (the corpus's expected.html), as characters without whitespace, and the
 * places (in that character count) where a word must end: at every element that is not phrasing
 * content, at a line break, and around footnote markers.
 */
function readabilityArticle(expectedHtml: string): { chars: string; mustBreak: Set<number> } {
  {
    let chars = '';
    const mustBreak = new Set<number>();
    const walk = (node: Node) => {
      if (node.nodeType === 3) {
        chars += normalizeText(node.nodeValue ?? '').replace(/\s+/g, '');
        return;
      }
      if (node.nodeType !== 1 && node.nodeType !== 11) return;
      const el = node as Element;
      if (node.nodeType === 1 && /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|SVG)$/i.test(el.tagName)) return;
      const ends = node.nodeType === 1 && (!INLINE.has(el.tagName) || isMarker(el));
      if (ends) mustBreak.add(chars.length);
      // The importer writes list items as "- item", like Markdown.
      if (node.nodeType === 1 && el.tagName === 'LI') {
        chars += '-';
        mustBreak.add(chars.length);
      }
      for (const child of Array.from(node.childNodes)) walk(child);
      if (ends) mustBreak.add(chars.length);
    };
    walk(JSDOM.fragment(expectedHtml));
    return { chars, mustBreak };
  }
}

/** Where each word of `text` ends, counted in characters without whitespace. */
function wordEnds(text: string): Set<number> {
  const ends = new Set<number>([0]);
  let count = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    count += word.length;
    ends.add(count);
  }
  return ends;
}

describe('real saved pages (Mozilla Readability test corpus)', () => {
  it('has a corpus to test', () => {
    expect(pages.length).toBeGreaterThanOrEqual(25);
  });

  it.each(pages)(
    '%s keeps the article Readability finds, in order, no words glued',
    async (name) => {
      const bytes = readFileSync(join(PAGES, `${name}.html`));
      const expected = readabilityArticle(
        readFileSync(join(PAGES, `${name}.expected.html`), 'utf8'),
      );
      const source = await readSourceFile(`${name}.html`, bytes);
      expect(source.warnings).toEqual([]);
      // Every character of the article, in the same order; nothing added, nothing cut.
      expect(source.text.replace(/\s+/g, '')).toBe(expected.chars);
      const ends = wordEnds(source.text);
      const glued = [...expected.mustBreak].filter((at) => !ends.has(at));
      expect(glued.map((at) => expected.chars.slice(Math.max(0, at - 12), at + 12))).toEqual([]);
    },
  );

  it('a page where Readability finds no article keeps the whole body, with a warning', async () => {
    const page =
      '<html><head><title>Ferry desk</title></head><body><footer>Contact the desk at the harbour office.<br>Schedules change daily.</footer></body></html>';
    const source = await readSourceFile('desk.html', Buffer.from(page));
    expect(source.text).toBe('Contact the desk at the harbour office.\nSchedules change daily.');
    expect(source.warnings).toEqual(['No article was found on the page; its whole text was kept.']);
  });
});
