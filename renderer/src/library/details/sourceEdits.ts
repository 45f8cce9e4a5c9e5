import type { ApiInput } from '../../../../shared/api';
import type { Creator, SourceSummary } from '../../../../shared/model';
import { isOrganisation } from '../../../../shared/source/creators';
import { sourceDateProblem } from '../../../../shared/source/sourceDate';
import {
  languageProblem,
  SOURCE_TYPES,
  sourceUrlProblem,
  type SourceType,
} from '../../../../shared/source/sourceFields';

/** The details panel's text fields, as typed. */
export type TextField = 'title' | 'outlet' | 'publishedAt' | 'url' | 'language' | 'note';

export type SourcePatch = Omit<ApiInput<'sources.update'>, 'id'>;

/** A creator row being edited: a person's two names or an organisation's one. */
export interface CreatorDraft {
  kind: 'person' | 'organisation';
  family: string;
  given: string;
  literal: string;
}

export const draftOf = (c: Creator): CreatorDraft =>
  isOrganisation(c)
    ? { kind: 'organisation', family: '', given: '', literal: c.literal }
    : { kind: 'person', family: c.family, given: c.given ?? '', literal: '' };

/** Creators from the rows, or the reason they cannot be saved; blank rows are left out. */
export function creatorsFromDrafts(drafts: readonly CreatorDraft[]): Creator[] | string {
  const out: Creator[] = [];
  for (const d of drafts) {
    if (d.kind === 'organisation') {
      if (d.literal.trim()) out.push({ literal: d.literal.trim() });
      continue;
    }
    if (!d.family.trim() && !d.given.trim()) continue;
    if (!d.family.trim()) return 'A person needs a family name.';
    out.push({ family: d.family.trim(), given: d.given.trim() || null });
  }
  return out;
}

/** What a text field holds in the source, as the panel shows it. */
export function fieldValue(source: SourceSummary, field: TextField): string {
  if (field === 'note') return source.note;
  return source[field] ?? '';
}

/**
 * The change a typed value makes, or the reason it is refused (shown in place, nothing saved);
 * null when the value is what the source already has.
 */
export function patchFor(
  source: SourceSummary,
  field: TextField,
  typed: string,
): { patch: SourcePatch } | { problem: string } | null {
  const value = typed.trim();
  if (value === fieldValue(source, field).trim()) return null;
  switch (field) {
    case 'title':
      return value ? { patch: { title: value } } : { problem: 'A source needs a title.' };
    case 'note':
      return { patch: { note: typed } };
    case 'outlet':
      return { patch: { outlet: value || null } };
    case 'publishedAt': {
      const problem = value ? sourceDateProblem(value) : null;
      return problem ? { problem } : { patch: { publishedAt: value || null } };
    }
    case 'url': {
      const problem = value ? sourceUrlProblem(value) : null;
      return problem ? { problem } : { patch: { url: value || null } };
    }
    case 'language': {
      const problem = value ? languageProblem(value) : null;
      return problem ? { problem } : { patch: { language: value || null } };
    }
  }
}

/** The patch that puts back what `patch` changed (for undo). */
export function inverseOf(source: SourceSummary, patch: SourcePatch): SourcePatch {
  const back: SourcePatch = {};
  for (const key of Object.keys(patch) as (keyof SourcePatch)[]) {
    if (key === 'author') continue;
    (back as Record<string, unknown>)[key] = structuredClone(source[key as keyof SourceSummary]);
  }
  return back;
}

export const isSourceType = (v: string): v is SourceType =>
  (SOURCE_TYPES as readonly string[]).includes(v);
