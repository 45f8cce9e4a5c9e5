import type { ApiInput } from '../../../shared/api';
import type {
  DeletedClaim,
  DeletedExcerpt,
  DeletedSource,
  FoundField,
  Graded,
  ImportFileResult,
  SourceDeleteImpact,
  SourceSummary,
} from '../../../shared/model/library';
import { call } from '../api';
import type { FileImportOutcome, FileImportRow } from './import/importTypes';
import type { ClaimDraft, ClaimView, ExcerptView, SourceView } from './libraryTypes';
import type { SearchAnswer, SearchRequest } from './search/useLibrarySearch';
import type { TagCount } from './tags/tagSuggestions';

/**
 * The pane's view of the library API: every backend call the library UI makes goes through here,
 * mapping contract shapes to what the components show.
 */

export async function search(request: SearchRequest): Promise<SearchAnswer> {
  const { query, filters, type, offset, limit } = request;
  const criteria = {
    types: type ? [type] : filters.types.length > 0 ? filters.types : undefined,
    tags: filters.tags.length > 0 ? filters.tags : undefined,
    outlet: filters.outlet.trim() || undefined,
    from: filters.from || undefined,
    to: filters.to || undefined,
    offset,
    limit,
  };
  // Filters alone (no words) browse the library instead: exact counts, paging all the way.
  const result = query.trim()
    ? await call('library.search', { text: query, ...criteria })
    : await call('library.browse', { ...criteria, withCounts: offset === 0 });
  return { hits: result.hits, counts: result.counts };
}

export async function listSources(
  limit: number,
  offset = 0,
): Promise<{ items: SourceSummary[]; total: number }> {
  return call('sources.list', { limit, offset });
}

export function getSource(id: number): Promise<SourceView> {
  return call('sources.get', { id });
}

/** Saves corrected details; the library refuses an impossible date or a malformed URL. */
export function updateSource(
  id: number,
  patch: Omit<ApiInput<'sources.update'>, 'id'>,
): Promise<SourceSummary> {
  return call('sources.update', { id, ...patch });
}

/** How many notes cite the source, and the excerpts and claims that go with it. */
export function sourceDeleteImpact(id: number): Promise<SourceDeleteImpact> {
  return call('sources.deleteImpact', { id });
}

/** Deletes a source with its excerpts; `restoreSource` with its id undoes it. */
export async function deleteSource(id: number): Promise<DeletedSource> {
  return (await call('sources.delete', { id })).restore;
}

/** Undo: the same source, excerpt ids, evidence links and tags, so citing notes are current. */
export function restoreSource(id: number): Promise<SourceView> {
  return call('sources.restore', { id });
}

export function excerptsForSource(sourceId: number): Promise<ExcerptView[]> {
  return call('excerpts.listForSource', { sourceId });
}

export function getExcerpt(id: number): Promise<ExcerptView> {
  return call('excerpts.get', { id });
}

export function createExcerpt(
  input: {
    sourceId: number;
    start: number;
    end: number;
    tags: string[];
    comment: string;
    marking?: string | null;
  } & Partial<Graded>,
): Promise<ExcerptView> {
  return call('excerpts.create', input);
}

export function updateExcerpt(
  id: number,
  changes: { tags?: string[]; comment?: string; marking?: string | null } & Partial<Graded>,
): Promise<ExcerptView> {
  return call('excerpts.update', { id, ...changes });
}

/** Deletes an excerpt; what it returns brings it back (`restoreExcerpt`). */
export async function deleteExcerpt(id: number): Promise<DeletedExcerpt> {
  return (await call('excerpts.delete', { id })).restore;
}

/** Undo: the same excerpt (same id, so notes citing it find it again), tags and evidence links. */
export function restoreExcerpt(deleted: DeletedExcerpt): Promise<ExcerptView> {
  return call('excerpts.restore', deleted);
}

/** Titles of the notes citing an excerpt ("used in N notes"; asked before deleting it). */
export async function excerptUsage(id: number): Promise<string[]> {
  const notes = await call('notes.usage', { excerptId: id });
  return notes.map((n) => n.title || 'Untitled note');
}

export function getClaim(id: number): Promise<ClaimView> {
  return call('claims.get', { id });
}

const claimInput = (draft: ClaimDraft, excerptIds: number[]) => ({
  text: draft.text,
  likelihood: draft.likelihood,
  confidence: draft.confidence,
  marking: draft.marking,
  tags: draft.tags,
  evidence: draft.evidence.map(({ relation }, i) => ({ excerptId: excerptIds[i]!, relation })),
});

/**
 * Saves a claim whose evidence may include selections not yet saved as excerpts: they are saved
 * now, and taken back if the claim itself cannot be saved, so nothing is left behind.
 */
async function withPendingExcerpts(
  draft: ClaimDraft,
  save: (excerptIds: number[]) => Promise<ClaimView>,
): Promise<ClaimView> {
  const created: number[] = [];
  try {
    const ids: number[] = [];
    for (const ev of draft.evidence) {
      if (!ev.pending) {
        ids.push(ev.excerptId);
        continue;
      }
      const { sourceId, start, end } = ev.pending;
      const excerpt = await call('excerpts.create', { sourceId, start, end, tags: draft.tags });
      created.push(excerpt.id);
      ids.push(excerpt.id);
    }
    return await save(ids);
  } catch (e) {
    for (const id of created) await call('excerpts.delete', { id }).catch(() => undefined);
    throw e;
  }
}

export function createClaim(draft: ClaimDraft): Promise<ClaimView> {
  return withPendingExcerpts(draft, (ids) => call('claims.create', claimInput(draft, ids)));
}

export function updateClaim(id: number, draft: ClaimDraft): Promise<ClaimView> {
  return withPendingExcerpts(draft, (ids) =>
    call('claims.update', { id, ...claimInput(draft, ids) }),
  );
}

/** Deletes a claim; what it returns brings it back (`restoreClaim`). */
export async function deleteClaim(id: number): Promise<DeletedClaim> {
  return (await call('claims.delete', { id })).restore;
}

/** Undo: the same claim (same id, so notes citing it find it again), tags and evidence. */
export function restoreClaim(deleted: DeletedClaim): Promise<ClaimView> {
  return call('claims.restore', deleted);
}

export async function listTags(): Promise<TagCount[]> {
  const tags = await call('tags.list', {});
  return tags.map((t) => ({ name: t.name, count: t.total }));
}

export async function renameTag(from: string, to: string): Promise<void> {
  await call('tags.rename', { from, to });
}

export async function mergeTag(from: string, into: string): Promise<void> {
  await call('tags.merge', { from, into });
}

export async function deleteTag(name: string): Promise<void> {
  await call('tags.delete', { name });
}

/** A file's line in the import list: its title, what was read from it, and any warning. */
function importDetail(r: ImportFileResult): string | undefined {
  if (r.status === 'failed') return r.reason;
  const read = r.found?.length
    ? ` (read from the file: ${r.found.map(fieldLabel).join(', ')})`
    : '';
  const warnings = r.warnings?.length ? ` — ${r.warnings.join(' ')}` : '';
  return `${r.title ?? ''}${read}${warnings}`;
}

const FIELD_LABELS: Record<FoundField, string> = {
  title: 'title',
  creators: 'author',
  outlet: 'outlet',
  publishedAt: 'date',
  url: 'URL',
  marking: 'marking',
  tags: 'tags',
  language: 'language',
  notes: 'footnotes',
};
const fieldLabel = (f: FoundField) => FIELD_LABELS[f];

/**
 * Uploads one file (the browser host) with the batch's marking, if one was chosen; one call per
 * file so progress moves file by file.
 */
export async function importFile(
  name: string,
  dataBase64: string,
  marking: string | null = null,
): Promise<FileImportOutcome> {
  const report = await call('sources.import', {
    files: [{ name, dataBase64 }],
    ...(marking ? { marking } : {}),
  });
  const result = report.results[0];
  if (!result) return { status: 'failed', detail: 'The library did not answer for this file.' };
  return { status: result.status, sourceId: result.sourceId, detail: importDetail(result) };
}

/**
 * The desktop app's native Import dialog: the per-file results, null when cancelled, or
 * 'unsupported' where there is no native dialog (the browser host), to fall back to a picker.
 */
export async function importChosen(
  marking: string | null = null,
): Promise<FileImportRow[] | null | 'unsupported'> {
  try {
    const report = await call('sources.importChosen', marking ? { marking } : {});
    if (!report) return null;
    return report.results.map((r) => ({
      name: r.name,
      status: r.status,
      sourceId: r.sourceId,
      detail: importDetail(r),
    }));
  } catch (e) {
    if ((e as { code?: string }).code === 'unsupported') return 'unsupported';
    throw e;
  }
}

/** Replaces a source's text with a new version of its file (read in the page, like import). */
export function reimportSource(id: number, name: string, dataBase64: string) {
  return call('sources.reimport', { id, file: { name, dataBase64 } });
}

/** The analyst takes the place re-import proposed for an excerpt (its quote becomes those words). */
export function acceptProposal(id: number): Promise<ExcerptView> {
  return call('excerpts.acceptProposal', { id });
}

export function rejectProposal(id: number): Promise<ExcerptView> {
  return call('excerpts.rejectProposal', { id });
}

/** Earlier versions of a source's text (dates), newest first. */
export function sourceVersions(id: number) {
  return call('sources.versions', { id });
}
