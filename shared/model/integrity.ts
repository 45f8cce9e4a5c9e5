/** The integrity check of a note: each cited quote, claim and source against the library. */
import type { ClaimLookup, ExcerptLookup } from './notes';
import type { SourceSnapshot } from '../note/serializedNodes';

/** `excerpt:12`, `claim:4`, `source:9`: one key per cited library item. */
export type CitedKey = `${'excerpt' | 'claim' | 'source'}:${number}`;
export type CitedKind = 'excerpt' | 'claim' | 'source';

/**
 * - `verified`: the note's snapshot equals the library, and each quote equals the source's
 *   current text at its anchor.
 * - `changed`: the library copy differs from the note's snapshot (see `changes`).
 * - `notInSource`: a quote has no place in the current version of its source.
 * - `removed`: the excerpt, claim or source is no longer in the library.
 */
export const INTEGRITY_STATES = ['verified', 'changed', 'notInSource', 'removed'] as const;
export type IntegrityState = (typeof INTEGRITY_STATES)[number];

/** What differs between a note's snapshot and the library. */
export const INTEGRITY_CHANGES = [
  'quote',
  'claim text',
  'likelihood',
  'confidence',
  'evidence',
  'marking',
  'details',
] as const;
export type IntegrityChange = (typeof INTEGRITY_CHANGES)[number];

export interface IntegrityItem {
  key: CitedKey;
  kind: CitedKind;
  id: number;
  /** What the note shows: the quote, the claim or the source title, as cited. */
  label: string;
  state: IntegrityState;
  /** For `changed`: what differs (also set alongside `notInSource` when known). */
  changes: IntegrityChange[];
  /** One line a person can act on, e.g. "changed in library: quote, marking". */
  message: string;
  /** The library's current copy, for Refresh; null when removed. */
  current: ExcerptLookup | ClaimLookup | SourceSnapshot | null;
}

export interface IntegrityReport {
  /** ISO timestamp of the check. */
  checkedAt: string;
  items: IntegrityItem[];
  /** True when every item is verified (a note citing nothing is verified). */
  verified: boolean;
  counts: Record<IntegrityState, number>;
  /** Distinct quotations (excerpts, including claims' evidence) the note cites. */
  quotations: number;
}

export const integrityStateLabel: Record<IntegrityState, string> = {
  verified: 'verified',
  changed: 'changed in library',
  notInSource: 'not in the current version of the source',
  removed: 'removed from the library',
};
