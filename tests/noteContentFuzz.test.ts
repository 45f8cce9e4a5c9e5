import { createHeadlessEditor } from '@lexical/headless';
import type { Klass, LexicalNode } from 'lexical';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type CoreContext } from '../electron/core/context';
import { createHandlers } from '../electron/core/handlers';
import { startWebServer, type RunningWebServer } from '../electron/hosts/webServer';
import { prepareNoteContent, validateNoteContent } from '../shared/note/noteContent';
import { generateNoteContents } from './noteFuzz';
import { useTempDirs } from './tempDir';

const tempDir = useTempDirs();
let core: CoreContext;
let server: RunningWebServer;
let editorNodes: ReadonlyArray<Klass<LexicalNode>>;

beforeAll(async () => {
  const staticDir = join(tempDir(), 'static');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>t</title>');
  core = openCore({ dataDir: tempDir(), sample: false });
  server = await startWebServer({ handlers: createHandlers(core), staticDir, log: () => {} });
  // The editor's nodes are React modules in the renderer; loaded at run time (see exportEditorNodes).
  const dir = '../renderer/src/editor/nodes/';
  ({ editorNodes } = (await import(/* @vite-ignore */ `${dir}editorNodes`)) as {
    editorNodes: ReadonlyArray<Klass<LexicalNode>>;
  });
});
afterAll(async () => {
  await server.close();
  core.close();
});

async function rpc(method: string, input: unknown): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`http://127.0.0.1:${server.port}/rpc/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}` },
    body: JSON.stringify(input),
  });
  return { status: res.status, body: await res.json() };
}

/** Loads content into an editor with exactly the app's nodes, as opening the note does. */
function reopen(content: string): string {
  const editor = createHeadlessEditor({
    nodes: [...editorNodes],
    onError: (error) => {
      throw error;
    },
  });
  const prepared = prepareNoteContent(content);
  editor.setEditorState(editor.parseEditorState(prepared.content));
  expect(prepared.unsupported).toBe(0);
  return JSON.stringify(editor.getEditorState().toJSON());
}

describe('note content fuzz', () => {
  it('500 generated contents through the API: each accepted and reopens, or refused with 400', async () => {
    const cases = generateNoteContents(500);
    const { body: base } = await rpc('notes.create', { title: 'Base' });
    const baseId = (base as { value: { id: number } }).value.id;
    const tally = new Map<string, { accepted: number; refused: number }>();
    for (const [i, fuzz] of cases.entries()) {
      const viaSave = i % 2 === 1;
      const { status, body } = viaSave
        ? await rpc('notes.save', { id: baseId, title: `Case ${i}`, content: fuzz.content })
        : await rpc('notes.create', { title: `Case ${i}`, content: fuzz.content });
      const count = tally.get(fuzz.kind) ?? { accepted: 0, refused: 0 };
      tally.set(fuzz.kind, count);
      if (status === 200) {
        count.accepted++;
        const id = viaSave ? baseId : (body as { value: { id: number } }).value.id;
        const { body: got } = await rpc('notes.get', { id });
        const stored = (got as { value: { content: string } }).value.content;
        expect(stored, `case ${i} (${fuzz.kind})`).toBe(fuzz.content);
        // Reopens in the editor, and what the editor saves back is accepted as well.
        const saved = reopen(stored);
        expect(validateNoteContent(saved), `case ${i} (${fuzz.kind}) resaved`).toMatchObject({
          ok: true,
        });
      } else {
        count.refused++;
        expect({ i, kind: fuzz.kind, status }).toEqual({ i, kind: fuzz.kind, status: 400 });
        expect(body).toMatchObject({
          code: 'bad_request',
          message: expect.stringMatching(/content/),
        });
      }
    }
    // Both outcomes happen, and each kind lands where it must.
    expect(tally.get('valid')).toEqual({ accepted: 50, refused: 0 });
    expect(tally.get('unsupported-kept')).toEqual({ accepted: 50, refused: 0 });
    for (const kind of ['unknown-type', 'misplaced', 'not-a-state'])
      expect(tally.get(kind)?.accepted, kind).toBe(0);
    for (const kind of ['deep-list', 'huge-text', 'wrong-shape', 'mutated']) {
      expect(tally.get(kind)!.accepted, kind).toBeGreaterThan(0);
      expect(tally.get(kind)!.refused, kind).toBeGreaterThan(0);
    }
    // The API never answered with an internal error, and the library still lists every note.
    const { status } = await rpc('notes.list', {});
    expect(status).toBe(200);
  });
});
