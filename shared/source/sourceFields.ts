import { isSafeUrl } from '../links';

/** What kind of thing a source is; the ids are CSL item types where CSL has one. */
export const SOURCE_TYPES = [
  'article-newspaper',
  'report',
  'webpage',
  'document',
  'interview',
  'transcript',
  'dataset',
] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

export const SOURCE_TYPE_LABELS: Record<SourceType, string> = {
  'article-newspaper': 'Newspaper article',
  report: 'Report',
  webpage: 'Web page',
  document: 'Document',
  interview: 'Interview',
  transcript: 'Transcript',
  dataset: 'Dataset',
};

/** A BCP 47 language tag such as "en", "uk" or "pt-BR". */
const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

/** Why `value` is not a language tag, or null when it is one. */
export function languageProblem(value: string): string | null {
  return LANGUAGE_TAG.test(value.trim())
    ? null
    : `"${value.trim()}" is not a language code: write e.g. en, uk or pt-BR.`;
}

/** Why `value` cannot be a source's web address, or null when it can. */
export function sourceUrlProblem(value: string): string | null {
  const v = value.trim();
  if (!/^https?:\/\//i.test(v) || !isSafeUrl(v))
    return `"${v.slice(0, 80)}" is not a web address: it must start with http:// or https://.`;
  return null;
}
