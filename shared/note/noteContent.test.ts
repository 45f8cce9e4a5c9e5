import { describe, expect, it } from 'vitest';
import { prepareNoteContent, UnreadableNoteError, validateNoteContent } from './noteContent';
import { templateContent } from './templates';

const paragraph = (...children: object[]) => ({ type: 'paragraph', version: 1, children });
const text = (value: string) => ({ type: 'text', version: 1, text: value });
const state = (...children: object[]) =>
  JSON.stringify({ root: { type: 'root', version: 1, children } });

describe('note content', () => {
  it('accepts every template and names what is wrong otherwise', () => {
    for (const t of ['blank', 'bluf', 'sitrep'] as const)
      expect(validateNoteContent(templateContent(t)).ok).toBe(true);
    expect(validateNoteContent(state(paragraph(text('a')), { type: 'image', src: 'x' }))).toEqual({
      ok: false,
      message: 'unknown node type "image" (at root.children[1])',
    });
    expect(validateNoteContent(state(text('loose')))).toMatchObject({
      message: expect.stringContaining('"text" node cannot stand inside the top level'),
    });
    let deep: object = text('x');
    for (let i = 0; i < 120; i++)
      deep = { type: 'link', version: 1, url: 'https://a.b/', children: [deep] };
    expect(validateNoteContent(state(paragraph(deep)))).toMatchObject({
      message: expect.stringContaining('nesting deeper than 100 levels'),
    });
  });

  it('keeps an unknown stored node as an unsupported block holding its JSON', () => {
    const image = { type: 'image', version: 1, src: 'chart.png', altText: 'Chart' };
    const mention = { type: 'mention', version: 1, name: 'Ana' };
    const prepared = prepareNoteContent(state(image, paragraph(text('before '), mention)));
    expect(prepared.unsupported).toBe(2);
    const root = (JSON.parse(prepared.content) as { root: { children: object[] } }).root;
    expect(root.children[0]).toEqual({
      type: 'bw-unsupported',
      version: 1,
      originalType: 'image',
      inline: false,
      json: JSON.stringify(image),
    });
    expect((root.children[1] as { children: object[] }).children[1]).toMatchObject({
      originalType: 'mention',
      inline: true,
      json: JSON.stringify(mention),
    });
    // What the editor saves back is valid content, and loading it again changes nothing.
    expect(validateNoteContent(prepared.content).ok).toBe(true);
    expect(prepareNoteContent(prepared.content)).toEqual({ ...prepared, unsupported: 0 });
  });

  it('restores a kept node once its type is known, and refuses only a broken root', () => {
    const kept = {
      type: 'bw-unsupported',
      version: 1,
      originalType: 'paragraph',
      inline: false,
      json: JSON.stringify(paragraph(text('back'))),
    };
    const prepared = prepareNoteContent(state(kept));
    expect(JSON.parse(prepared.content)).toMatchObject({
      root: { children: [{ type: 'paragraph', children: [{ text: 'back' }] }] },
    });
    expect(() => prepareNoteContent('{"root":{"type":"root"}}')).toThrow(UnreadableNoteError);
    expect(() => prepareNoteContent('nope')).toThrow(/kept unchanged/);
  });
});
