import type { SnippetSegment } from '../../../shared/model';
import { CliFailure } from './types';

/** A positive integer argument, or a usage error (exit 2). */
export function parseId(value: string | undefined, what: string): number {
  const n = Number(value);
  if (!value || !Number.isInteger(n) || n <= 0)
    throw new CliFailure(`${what} must be a positive whole number`, 2);
  return n;
}

/** A snippet for a terminal: matched words in [brackets]. */
export const snippetText = (segments: SnippetSegment[]): string =>
  segments.map((s) => (s.highlight ? `[${s.text}]` : s.text)).join('');

export const json = (value: unknown): string => JSON.stringify(value, null, 2);
