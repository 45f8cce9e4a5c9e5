import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type {
  SerializedClaimNode,
  SerializedExcerptNode,
  SourceSnapshot,
} from '../shared/note/serializedNodes';

/** Builders for serialized Lexical notes, as the editor saves them. */
type Node = { type: string; [key: string]: unknown };

export const text = (value: string, format = 0): Node => ({
  type: 'text',
  text: value,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
});
export const paragraph = (...children: Node[]): Node => ({
  type: 'paragraph',
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
});
export const heading = (tag: 'h1' | 'h2' | 'h3', value: string): Node => ({
  type: 'heading',
  tag,
  children: [text(value)],
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
});
export const citation = (source: SourceSnapshot, excerptId: number | null = null): Node => ({
  type: 'bw-citation',
  version: 1,
  excerptId,
  quote: null,
  locator: null,
  marking: source.marking,
  source,
});
export const excerpt = (
  excerptId: number,
  quote: string,
  source: SourceSnapshot,
  locator: string | null = null,
): SerializedExcerptNode => ({
  type: 'bw-excerpt',
  version: 1,
  excerptId,
  quote,
  locator,
  marking: source.marking,
  source,
});
export const claim = (
  claimId: number,
  claimText: string,
  evidence: SerializedClaimNode['evidence'],
): SerializedClaimNode => ({
  type: 'bw-claim',
  version: 2,
  claimId,
  text: claimText,
  likelihood: 'likely',
  confidence: 'moderate',
  evidence,
});

export function editorState(children: object[]): string {
  return JSON.stringify({
    root: { type: 'root', children, direction: 'ltr', format: '', indent: 0, version: 1 },
  });
}

export function source(
  sourceId: number,
  title: string,
  marking: string | null,
  extra: Partial<SourceSnapshot> = {},
): SourceSnapshot {
  return {
    sourceId,
    title,
    author: null,
    outlet: null,
    publishedAt: null,
    url: null,
    marking,
    ...extra,
  };
}

/** The sample articles, read at run time (their text is never copied into the project). */
export function seedsDir(): string {
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  return join(repoRoot, '..', 'shared', 'seeds');
}

/** One of the sample articles as a file to import (its text is never copied into the project). */
export function seedFile(prefix: '000' | '003'): { name: string; bytes: Buffer } {
  const name = prefix === '000' ? '000_3112edc9cc4ce4f8.txt' : '003_71ea8715fee9ecb5.txt';
  return { name, bytes: readFileSync(join(seedsDir(), name)) };
}

/** Sentences of a text (split after . ! ? followed by a space). */
export function sentences(body: string): string[] {
  return body
    .split('\n')
    .flatMap((line) => line.split(/(?<=[.!?][”"]?)\s+(?=[A-Z“"])/))
    .map((s) => s.trim())
    .filter(Boolean);
}
