// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { offsetsToRange, rangeToOffsets } from './selectionOffsets';

const text = 'Headline\n“Quoted” words — here.\nUnless they halt, we will respond," he said.\n';

/** Renders text the way the reader does: plain runs and <mark> runs, nothing added. */
function render(cuts: number[]): HTMLElement {
  const root = document.createElement('div');
  let at = 0;
  cuts.forEach((cut, i) => {
    const el = document.createElement(i % 2 ? 'mark' : 'span');
    el.textContent = text.slice(at, cut);
    root.append(el);
    at = cut;
  });
  const tail = document.createElement('span');
  tail.textContent = text.slice(at);
  root.append(tail);
  document.body.replaceChildren(root);
  return root;
}

describe('reader selection to text offsets', () => {
  it('maps a selection across highlights to the exact offsets of the normalized text', () => {
    const root = render([10, 17, 40]);
    const start = text.indexOf('Unless');
    const end = text.indexOf('said.') + 'said.'.length;
    const range = offsetsToRange(root, start, end)!;
    expect(range.toString()).toBe('Unless they halt, we will respond," he said.');
    expect(rangeToOffsets(root, range, text)).toEqual({ start, end });
  });

  it('handles element boundaries (triple-click style) and trims surrounding whitespace', () => {
    const root = render([9, 31]);
    const range = document.createRange();
    range.setStart(root, 1); // before the second run
    range.setEnd(root, 2); // after it
    const offsets = rangeToOffsets(root, range, text)!;
    expect(text.slice(offsets.start, offsets.end)).toBe('“Quoted” words — here.');
  });

  it('clamps a selection that runs outside the reader and ignores a whitespace-only one', () => {
    const root = render([]);
    const outside = document.createElement('p');
    outside.textContent = 'elsewhere';
    document.body.append(outside);
    const range = document.createRange();
    range.setStart(root.firstChild!.firstChild!, 32);
    range.setEnd(outside.firstChild!, 4);
    expect(rangeToOffsets(root, range, text)).toEqual({ start: 32, end: text.length - 1 });
    const blank = offsetsToRange(root, 8, 9)!;
    expect(rangeToOffsets(root, blank, text)).toBeNull();
  });
});
