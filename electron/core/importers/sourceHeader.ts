import type { Creator, FoundField } from '../../../shared/model';
import { cleanSourceUrl } from '../../../shared/links';
import { creatorsFromNames } from '../../../shared/source/creators';
import { parseWrittenDate } from '../../../shared/source/sourceDate';
import { languageProblem } from '../../../shared/source/sourceFields';
import { normalizeText } from './normalizeText';

/** Details a text file states about itself (front matter or a header block). */
export interface StatedDetails {
  title: string | null;
  creators: Creator[];
  outlet: string | null;
  publishedAt: string | null;
  url: string | null;
  marking: string | null;
  tags: string[];
  language: string | null;
  warnings: string[];
}

export const NO_DETAILS: StatedDetails = {
  title: null,
  creators: [],
  outlet: null,
  publishedAt: null,
  url: null,
  marking: null,
  tags: [],
  language: null,
  warnings: [],
};

/** A value as written; a list of strings or numbers; anything else is nothing. */
export type StatedValue = string | string[] | null;

const one = (v: StatedValue): string | null => {
  const s = Array.isArray(v) ? v[0] : v;
  const clean = s ? normalizeText(s) : '';
  return clean || null;
};
const many = (v: StatedValue, split: RegExp): string[] =>
  (Array.isArray(v) ? v : v ? v.split(split) : []).map((s) => normalizeText(s)).filter(Boolean);

/**
 * Turns what a file states (`title`, `author(s)`, `date`, `outlet`/`source`, `url`,
 * `marking`/`handling`, `tags`, `language`) into source details. A value that is not what its
 * field needs (a date that is not a date) is dropped with a warning, never repaired by guessing.
 */
export function statedDetails(get: (key: string) => StatedValue): StatedDetails {
  const warnings: string[] = [];
  const firstOf = (...keys: string[]) => {
    for (const key of keys) {
      const v = get(key);
      if (v !== null && (Array.isArray(v) ? v.length : v.trim())) return v;
    }
    return null;
  };
  const dateText = one(firstOf('date', 'published', 'publication date'));
  const publishedAt = dateText ? parseWrittenDate(dateText) : null;
  if (dateText && !publishedAt)
    warnings.push(`The date "${dateText}" was not understood; it was left empty.`);
  const source = one(firstOf('outlet', 'publisher', 'source'));
  const urlText =
    one(firstOf('url', 'link')) ?? (source && /^https?:\/\//i.test(source) ? source : null);
  const url = cleanSourceUrl(urlText);
  if (urlText && !url) warnings.push(`"${urlText}" is not a web address; it was left empty.`);
  const lang = one(firstOf('language', 'lang'));
  const language = lang && !languageProblem(lang) ? lang : null;
  return {
    title: one(firstOf('title')),
    creators: creatorsFromNames(many(firstOf('authors', 'author', 'by'), /;|\n/)),
    outlet: source && source !== urlText ? source : null,
    publishedAt,
    url,
    marking: one(firstOf('marking', 'handling', 'classification', 'tlp')),
    tags: many(firstOf('tags', 'keywords'), /,/),
    language,
    warnings,
  };
}

/** The fields of `details` that hold something. */
export function foundIn(details: StatedDetails): FoundField[] {
  const found: FoundField[] = [];
  if (details.title) found.push('title');
  if (details.creators.length) found.push('creators');
  if (details.outlet) found.push('outlet');
  if (details.publishedAt) found.push('publishedAt');
  if (details.url) found.push('url');
  if (details.marking) found.push('marking');
  if (details.tags.length) found.push('tags');
  if (details.language) found.push('language');
  return found;
}
