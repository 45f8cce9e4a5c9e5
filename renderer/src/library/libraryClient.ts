import { call } from '../api';
import type { ClaimDraft, ClaimView, ExcerptView, SourceView } from './libraryTypes';
import type { FileImportOutcome } from './import/importTypes';
import type { ImportTask } from './import/useImportQueue';
import type { SearchAnswer, SearchRequest } from './search/useLibrarySearch';
import type { TagCount } from './tags/tagSuggestions';

/**
 * The pane's view of the library API: every backend call the library UI makes goes through here,
 * mapping contract shapes to what the components show.
 */
// Until the library contract is merged, calls go through an untyped door.
const loose = call as unknown as (method: string, input: unknown) => Promise<unknown>;

export async function search(request: SearchRequest): Promise<SearchAnswer> {
  return (await loose('library.search', request)) as SearchAnswer;
}

export async function listSources(limit: number): Promise<SourceView[]> {
  return (await loose('sources.list', { limit })) as SourceView[];
}

export async function getSource(id: number): Promise<SourceView> {
  return (await loose('sources.get', { id })) as SourceView;
}

export async function excerptsForSource(sourceId: number): Promise<ExcerptView[]> {
  return (await loose('excerpts.listForSource', { sourceId })) as ExcerptView[];
}

export async function getExcerpt(id: number): Promise<ExcerptView> {
  return (await loose('excerpts.get', { id })) as ExcerptView;
}

export async function createExcerpt(input: {
  sourceId: number;
  start: number;
  end: number;
  tags: string[];
  comment: string;
}): Promise<ExcerptView> {
  return (await loose('excerpts.create', input)) as ExcerptView;
}

export async function updateExcerpt(
  id: number,
  changes: { tags?: string[]; comment?: string },
): Promise<ExcerptView> {
  return (await loose('excerpts.update', { id, ...changes })) as ExcerptView;
}

export async function deleteExcerpt(id: number): Promise<void> {
  await loose('excerpts.delete', { id });
}

/** Titles of the notes citing an excerpt, or null when the library cannot tell yet. */
export async function excerptUsage(_id: number): Promise<string[] | null> {
  return null;
}

export async function getClaim(id: number): Promise<ClaimView> {
  return (await loose('claims.get', { id })) as ClaimView;
}

export async function createClaim(draft: ClaimDraft): Promise<ClaimView> {
  return (await loose('claims.create', draft)) as ClaimView;
}

export async function updateClaim(id: number, draft: ClaimDraft): Promise<ClaimView> {
  return (await loose('claims.update', { id, ...draft })) as ClaimView;
}

export async function deleteClaim(id: number): Promise<void> {
  await loose('claims.delete', { id });
}

export async function listTags(): Promise<TagCount[]> {
  return (await loose('tags.list', {})) as TagCount[];
}

export async function renameTag(from: string, to: string): Promise<void> {
  await loose('tags.rename', { from, to });
}

export async function mergeTag(from: string, into: string): Promise<void> {
  await loose('tags.merge', { from, into });
}

export async function deleteTag(name: string): Promise<void> {
  await loose('tags.delete', { name });
}

export async function importFile(name: string, dataBase64: string): Promise<FileImportOutcome> {
  return (await loose('sources.import', { files: [{ name, dataBase64 }] })) as FileImportOutcome;
}

/**
 * The desktop app's native import dialog: import tasks for the chosen files, null when cancelled,
 * or 'unsupported' where there is no native dialog (the browser host), to fall back to a picker.
 */
export async function chooseImportFiles(): Promise<ImportTask[] | null | 'unsupported'> {
  return 'unsupported';
}

/** Re-creates a deleted excerpt (undo). */
export async function restoreExcerpt(excerpt: ExcerptView): Promise<void> {
  await createExcerpt({ ...excerpt });
}
