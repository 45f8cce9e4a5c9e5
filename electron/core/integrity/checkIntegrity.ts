import {
  integrityStateLabel,
  INTEGRITY_STATES,
  type CitedKey,
  type IntegrityChange,
  type IntegrityItem,
  type IntegrityReport,
  type IntegrityState,
} from '../../../shared/model/integrity';
import type { ClaimLookup, ExcerptLookup } from '../../../shared/model/notes';
import type { SourceSnapshot } from '../../../shared/note/serializedNodes';
import type { CitedItem, CitedQuote } from './citedItems';
import { confidenceOf, likelihoodOf } from '../../../shared/note/nodes/citedItem';

/** An excerpt as the library holds it, and whether its quote sits in its source's current text. */
export interface LibraryExcerpt extends ExcerptLookup {
  placed: boolean;
}

/** The library's current copies of what a note cites; null entries were deleted. */
export interface LibraryState {
  excerpts: Record<number, LibraryExcerpt | null>;
  claims: Record<number, ClaimLookup | null>;
  sources: Record<number, SourceSnapshot | null>;
}

const SEVERITY: Record<IntegrityState, number> = {
  verified: 0,
  changed: 1,
  notInSource: 2,
  removed: 3,
};

const sourceDetailsDiffer = (a: SourceSnapshot, b: SourceSnapshot) =>
  a.title !== b.title ||
  a.author !== b.author ||
  a.outlet !== b.outlet ||
  a.publishedAt !== b.publishedAt ||
  a.url !== b.url;

/** What differs between a quote as cited and the excerpt in the library. */
function quoteChanges(cited: CitedQuote, current: ExcerptLookup): IntegrityChange[] {
  const changes: IntegrityChange[] = [];
  if (cited.quote !== current.quote) changes.push('quote');
  if (cited.marking !== current.marking || cited.source.marking !== current.source.marking)
    changes.push('marking');
  if (cited.locator !== current.locator || sourceDetailsDiffer(cited.source, current.source))
    changes.push('details');
  return changes;
}

interface Verdict {
  state: IntegrityState;
  changes: IntegrityChange[];
  current: IntegrityItem['current'];
}

function excerptVerdict(cited: CitedQuote, library: LibraryState): Verdict {
  const current = library.excerpts[cited.excerptId];
  if (!current) return { state: 'removed', changes: [], current: null };
  const { placed, ...copy } = current;
  const changes = quoteChanges(cited, copy);
  const state = !placed ? 'notInSource' : changes.length ? 'changed' : 'verified';
  return { state, changes, current: copy };
}

function claimVerdict(
  cited: Extract<CitedItem, { kind: 'claim' }>,
  library: LibraryState,
): Verdict {
  const current = library.claims[cited.claimId];
  if (!current) return { state: 'removed', changes: [], current: null };
  const changes = new Set<IntegrityChange>();
  if (cited.text !== current.text) changes.add('claim text');
  if (cited.likelihood !== likelihoodOf(current)) changes.add('likelihood');
  if (cited.confidence !== confidenceOf(current)) changes.add('confidence');
  if (cited.marking !== (current.marking ?? null)) changes.add('marking');
  const links = (list: { excerptId: number; relation: string }[]) =>
    list.map((e) => `${e.excerptId}:${e.relation}`).join();
  if (links(cited.evidence) !== links(current.evidence)) changes.add('evidence');
  let unplaced = false;
  for (const evidence of cited.evidence) {
    const libraryCopy = library.excerpts[evidence.excerptId];
    if (!libraryCopy) continue; // a deleted excerpt shows as changed evidence above
    if (!libraryCopy.placed) unplaced = true;
    for (const change of quoteChanges(evidence, libraryCopy)) changes.add(change);
  }
  const state = unplaced ? 'notInSource' : changes.size ? 'changed' : 'verified';
  return { state, changes: [...changes], current };
}

function sourceVerdict(cited: SourceSnapshot, library: LibraryState): Verdict {
  const current = library.sources[cited.sourceId];
  if (!current) return { state: 'removed', changes: [], current: null };
  const changes: IntegrityChange[] = [];
  if (cited.marking !== current.marking) changes.push('marking');
  if (sourceDetailsDiffer(cited, current)) changes.push('details');
  return { state: changes.length ? 'changed' : 'verified', changes, current };
}

function messageFor(kind: IntegrityItem['kind'], state: IntegrityState, changes: string[]) {
  if (state === 'removed') return `${kind} removed from the library`;
  if (state === 'changed') return `${integrityStateLabel.changed}: ${changes.join(', ')}`;
  if (state === 'notInSource')
    return changes.length
      ? `${integrityStateLabel.notInSource}; also changed: ${changes.join(', ')}`
      : integrityStateLabel.notInSource;
  return integrityStateLabel.verified;
}

function itemOf(cited: CitedItem, library: LibraryState): IntegrityItem {
  if (cited.kind === 'excerpt') {
    const verdict = excerptVerdict(cited, library);
    return finish('excerpt', cited.excerptId, `“${cited.quote}”`, verdict);
  }
  if (cited.kind === 'claim')
    return finish('claim', cited.claimId, cited.text, claimVerdict(cited, library));
  return finish(
    'source',
    cited.source.sourceId,
    cited.source.title,
    sourceVerdict(cited.source, library),
  );
}

function finish(
  kind: IntegrityItem['kind'],
  id: number,
  label: string,
  verdict: Verdict,
): IntegrityItem {
  return {
    key: `${kind}:${id}` as CitedKey,
    kind,
    id,
    label,
    ...verdict,
    message: messageFor(kind, verdict.state, verdict.changes),
  };
}

/**
 * The integrity check, pure: each cited item against the library's current copy. An item cited
 * several times gets one entry with the worst state among its citations (one stale copy is
 * enough to flag it) and every change any of them shows.
 */
export function checkIntegrity(
  cited: readonly CitedItem[],
  library: LibraryState,
  checkedAt: Date,
): IntegrityReport {
  const byKey = new Map<CitedKey, IntegrityItem>();
  const quotations = new Set<number>();
  for (const c of cited) {
    if (c.kind === 'excerpt') quotations.add(c.excerptId);
    if (c.kind === 'claim') for (const e of c.evidence) quotations.add(e.excerptId);
    const item = itemOf(c, library);
    const seen = byKey.get(item.key);
    if (!seen) {
      byKey.set(item.key, item);
      continue;
    }
    const changes = [...new Set([...seen.changes, ...item.changes])];
    const state = SEVERITY[item.state] > SEVERITY[seen.state] ? item.state : seen.state;
    byKey.set(item.key, {
      ...seen,
      state,
      changes,
      message: messageFor(seen.kind, state, changes),
    });
  }
  const items = [...byKey.values()];
  const counts = Object.fromEntries(INTEGRITY_STATES.map((s) => [s, 0])) as Record<
    IntegrityState,
    number
  >;
  for (const item of items) counts[item.state]++;
  return {
    checkedAt: checkedAt.toISOString(),
    items,
    verified: items.every((i) => i.state === 'verified'),
    counts,
    quotations: quotations.size,
  };
}

/** The ids of library rows a list of cited items needs looked up. */
export function idsToLookUp(cited: readonly CitedItem[]) {
  const excerptIds = new Set<number>();
  const claimIds = new Set<number>();
  const sourceIds = new Set<number>();
  for (const c of cited) {
    if (c.kind === 'excerpt') excerptIds.add(c.excerptId);
    else if (c.kind === 'source') sourceIds.add(c.source.sourceId);
    else {
      claimIds.add(c.claimId);
      for (const e of c.evidence) excerptIds.add(e.excerptId);
    }
  }
  return { excerptIds: [...excerptIds], claimIds: [...claimIds], sourceIds: [...sourceIds] };
}
