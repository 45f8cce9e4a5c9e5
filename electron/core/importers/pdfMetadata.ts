import type { Creator, FoundField } from '../../../shared/model';
import { creatorsFromAuthorLine, creatorsFromNames } from '../../../shared/source/creators';
import { parseWrittenDate } from '../../../shared/source/sourceDate';
import { languageProblem } from '../../../shared/source/sourceFields';
import { normalizeText } from './normalizeText';

/** What pdf.js reads from a PDF: the document information dictionary and the XMP packet. */
export interface PdfMetaInput {
  info: Record<string, unknown>;
  /** XMP properties by lower-case name (`dc:title`, `dc:creator` as a list, `prism:...`). */
  xmp: { get(name: string): unknown } | null;
}

export interface PdfDetails {
  title: string | null;
  creators: Creator[];
  publishedAt: string | null;
  language: string | null;
  found: FoundField[];
}

const textOf = (value: unknown): string | null => {
  if (typeof value !== 'string') return null;
  const clean = normalizeText(value);
  return clean || null;
};

/**
 * XMP properties that state when the document was published. A PDF's CreationDate (and XMP's
 * xmp:CreateDate) is when the file was made — often years after or before the document's own
 * date — so it is never taken as one.
 */
const PUBLICATION_DATES = ['prism:publicationdate', 'prism:coverdate', 'dc:date'];

/** Title, creators, date and language as the PDF itself states them; XMP wins over Info. */
export function pdfDetails({ info, xmp }: PdfMetaInput): PdfDetails {
  const get = (name: string): unknown => {
    try {
      return xmp?.get(name) ?? null;
    } catch {
      return null;
    }
  };
  const title = textOf(get('dc:title')) ?? textOf(info.Title);
  const xmpCreators = get('dc:creator');
  const creators = Array.isArray(xmpCreators)
    ? creatorsFromNames(xmpCreators.filter((n): n is string => typeof n === 'string'))
    : creatorsFromAuthorLine(textOf(info.Author));
  let publishedAt: string | null = null;
  for (const name of PUBLICATION_DATES) {
    const value = textOf(get(name));
    const date = value ? parseWrittenDate(value.slice(0, 10)) : null;
    if (date) {
      publishedAt = date;
      break;
    }
  }
  const lang = textOf(get('dc:language')) ?? textOf(info.Lang);
  const language = lang && !languageProblem(lang) ? lang : null;
  const found: FoundField[] = [];
  if (title) found.push('title');
  if (creators.length) found.push('creators');
  if (publishedAt) found.push('publishedAt');
  if (language) found.push('language');
  return { title, creators, publishedAt, language, found };
}
