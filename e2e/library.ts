import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import type { ApiInput, ApiOutput, MethodName } from '../shared/api';
import {
  BRIEFWRIGHT_INLINE_MIME,
  BRIEFWRIGHT_MIME,
  encodeDragPayload,
  isInlineDrag,
  type DragItem,
} from '../shared/note/dragPayload';
import type { RunningHost } from './host';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
// `shared/seeds` sits beside the main checkout; a worktree one level deeper finds it further up.
const seedsDir =
  [
    resolve(repoRoot, '..', 'shared', 'seeds'),
    resolve(repoRoot, '..', '..', 'shared', 'seeds'),
  ].find((dir) => existsSync(dir)) ?? resolve(repoRoot, '..', 'shared', 'seeds');
export const seedPath = (name: string): string => resolve(seedsDir, name);
export const SEED_REPORT = seedPath('000_3112edc9cc4ce4f8.txt');
export const SEED_ESSAY = seedPath('003_71ea8715fee9ecb5.txt');

/** Calls the host's API directly, as a second client would (sets up library data for a test). */
export async function rpc<M extends MethodName>(
  host: RunningHost,
  method: M,
  input: ApiInput<M>,
): Promise<ApiOutput<M>> {
  const response = await fetch(`${host.origin}/rpc/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${host.token}` },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as { value?: unknown; message?: string };
  if (!response.ok) throw new Error(`${method}: ${body.message}`);
  return body.value as ApiOutput<M>;
}

export interface SeededLibrary {
  reportId: number;
  essayId: number;
  /** An excerpt of the report: “Unless they halt, we will respond,” */
  excerptId: number;
  quote: string;
}

/** Imports the two shared sample articles and takes one excerpt from the first. */
export async function seedLibrary(host: RunningHost): Promise<SeededLibrary> {
  const report = await rpc(host, 'sources.import', {
    files: [SEED_REPORT, SEED_ESSAY].map((file) => ({
      name: basename(file),
      dataBase64: readFileSync(file).toString('base64'),
    })),
  });
  const [a, b] = report.results;
  const quote = 'Unless they halt, we will respond,';
  const excerpt = await rpc(host, 'excerpts.create', { sourceId: a!.sourceId!, quote });
  return { reportId: a!.sourceId!, essayId: b!.sourceId!, excerptId: excerpt.id, quote };
}

/**
 * Drops library items at a screen point the way a drag from the library pane ends: dragenter,
 * dragover and drop events carrying the Briefwright MIME type, on the element under the point.
 */
export async function dropAt(page: Page, items: DragItem[], x: number, y: number): Promise<void> {
  await page.evaluate(
    ({ mime, inlineMime, data, x, y }) => {
      const target = document.elementFromPoint(x, y);
      if (!target) throw new Error(`nothing at ${x},${y}`);
      const dataTransfer = new DataTransfer();
      dataTransfer.setData(mime, data);
      dataTransfer.setData('text/plain', 'library item');
      if (inlineMime) dataTransfer.setData(inlineMime, '1');
      for (const type of ['dragenter', 'dragover', 'drop'])
        target.dispatchEvent(
          new DragEvent(type, {
            bubbles: true,
            cancelable: true,
            clientX: x,
            clientY: y,
            dataTransfer,
          }),
        );
    },
    {
      mime: BRIEFWRIGHT_MIME,
      inlineMime: isInlineDrag(items) ? BRIEFWRIGHT_INLINE_MIME : null,
      data: encodeDragPayload(items),
      x,
      y,
    },
  );
}

/** The screen point just after the last character of a text inside an element. */
export async function pointAfterText(page: Page, selector: string, text: string) {
  return page.evaluate(
    ({ selector, text }) => {
      const element = document.querySelector(selector);
      const walker = document.createTreeWalker(element!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(text);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at + text.length - 1);
        range.setEnd(node, at + text.length);
        const rect = range.getBoundingClientRect();
        return { x: rect.right - 1, y: rect.top + rect.height / 2 };
      }
      throw new Error(`text not found: ${text}`);
    },
    { selector, text },
  );
}

/** The screen point just before the first character of a text. */
export async function pointBeforeText(page: Page, selector: string, text: string) {
  return page.evaluate(
    ({ selector, text }) => {
      const element = document.querySelector(selector);
      const walker = document.createTreeWalker(element!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(text);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 1);
        const rect = range.getBoundingClientRect();
        return { x: rect.left + 1, y: rect.top + rect.height / 2 };
      }
      throw new Error(`text not found: ${text}`);
    },
    { selector, text },
  );
}
