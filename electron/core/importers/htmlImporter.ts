import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { FoundField } from '../../../shared/model';
import { cleanSourceUrl } from '../../../shared/links';
import { creatorsFromAuthorLine } from '../../../shared/source/creators';
import { languageProblem } from '../../../shared/source/sourceFields';
import { decodeText } from './decodeText';
import { elementNestingDepth, elementToText } from './htmlText';
import {
  deriveTitle,
  normalizeText,
  stripBoilerplate,
  stripTrailingFurniture,
} from './normalizeText';
import type { Importer } from './types';
import { ImportRefusal } from './types';

type MetaValues = Map<string, string>;

/**
 * Every meta tag's value by its property, name or itemprop, the first in the page winning. Names
 * match in any case: pages write `DC.Creator` where others write `dc.creator`.
 */
function metaValues(doc: Document): MetaValues {
  const values: MetaValues = new Map();
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const value = el.getAttribute('content')?.trim();
    if (!value) continue;
    for (const attribute of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attribute)?.trim().toLowerCase();
      if (key && !values.has(key)) values.set(key, value);
    }
  }
  return values;
}

const meta = (values: MetaValues, ...keys: string[]): string | null => {
  for (const key of keys) {
    const value = values.get(key.toLowerCase());
    if (value) return value;
  }
  return null;
};

/** An ISO date from a meta value, or null when it is not a date. */
function isoDate(value: string | null): string | null {
  if (!value) return null;
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return value.trim();
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? null : parsed.toISOString();
}

const httpUrl = (value: string | null | undefined): string | null =>
  value && /^https?:\/\/\S+$/i.test(value.trim()) ? value.trim() : null;

/**
 * A page's DOM. linkedom builds it: it has no script engine and loads nothing, so nothing on the
 * page runs and nothing is fetched, and it is several times faster and lighter than a full
 * browser DOM on real pages (Readability supports it). linkedom builds the tree as written, so a
 * file without its `<html>` or `<body>` (a saved fragment, bare text) goes to jsdom, which adds
 * them as a browser does; jsdom's defaults run no scripts and load no resources either.
 */
async function parsePage(html: string): Promise<Document> {
  const { document } = parseHTML(html) as unknown as { document: Document };
  if (document.documentElement?.localName === 'html' && document.body) return document;
  const { JSDOM, VirtualConsole } = await import('jsdom');
  return new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;
}

/**
 * The article as Readability finds it with its own defaults, kept whole but for a trailing
 * "Share this article" line: a lower character threshold let a short box (a newsletter sign-up)
 * pass for the article, and cutting at "Read more" headings dropped text Readability had judged
 * part of it. Only when Readability finds nothing is the whole body kept, cleaned of its
 * link-list tail, with a warning. Readability takes the page apart as it works, so it gets the
 * page after the metadata has been read, and the whole-body case parses the page again.
 */
async function articleText(doc: Document, html: string) {
  // The article element itself, not its HTML: serialising it only to parse it again cost time.
  const article = new Readability<Element>(doc, { serializer: (el) => el as Element }).parse();
  const fromArticle = article?.content
    ? stripTrailingFurniture(normalizeText(elementToText(article.content)))
    : '';
  if (fromArticle) return { article, text: fromArticle, warnings: [] as string[] };
  const { body } = await parsePage(html);
  const whole = body ? stripBoilerplate(normalizeText(elementToText(body))) : '';
  return {
    article,
    text: whole,
    warnings: whole ? ['No article was found on the page; its whole text was kept.'] : [],
  };
}

/**
 * Saved web pages. The page is parsed without a script engine or resource loading (nothing runs,
 * nothing is fetched); Readability picks the article; metadata comes from meta tags.
 */
export const importHtml: Importer = async ({ fileName, bytes, limits }) => {
  const { text: html } = decodeText(bytes);
  const doc = await parsePage(html);
  if (
    doc.documentElement &&
    elementNestingDepth(doc.documentElement, limits.maxNestingDepth) > limits.maxNestingDepth
  )
    throw new ImportRefusal(
      `The page nests elements more than ${limits.maxNestingDepth} levels deep; it is not imported.`,
    );
  const metas = metaValues(doc);
  const canonical =
    httpUrl(doc.querySelector('link[rel~="canonical"]')?.getAttribute('href')) ??
    httpUrl(meta(metas, 'og:url'));
  const published = isoDate(
    meta(
      metas,
      'article:published_time',
      'datePublished',
      'date',
      'dc.date',
      'DC.date.issued',
      'pubdate',
    ) ??
      doc.querySelector('time[datetime]')?.getAttribute('datetime') ??
      null,
  );
  const metaTitle = meta(metas, 'og:title', 'twitter:title', 'dc.title');
  const metaAuthor = meta(metas, 'author', 'article:author', 'dc.creator', 'byl');
  const siteName = meta(metas, 'og:site_name', 'application-name');

  const pageTitle = doc.title.trim();
  const lang = doc.documentElement?.getAttribute('lang')?.trim() || null;
  const { article, text, warnings } = await articleText(doc, html);
  if (!text) throw new ImportRefusal('The page has no readable text.');
  const title = metaTitle ?? article?.title?.trim() ?? pageTitle ?? deriveTitle(text, fileName);
  const creators = creatorsFromAuthorLine(
    metaAuthor ?? (article?.byline ? normalizeText(article.byline) : null),
  );
  const outlet = siteName ?? article?.siteName ?? null;
  const publishedAt = published ?? isoDate(article?.publishedTime ?? null);
  const url = cleanSourceUrl(canonical);
  const language = lang && !languageProblem(lang) ? lang : null;
  const found: FoundField[] = [];
  if (metaTitle || article?.title?.trim() || pageTitle) found.push('title');
  if (creators.length) found.push('creators');
  if (outlet) found.push('outlet');
  if (publishedAt) found.push('publishedAt');
  if (url) found.push('url');
  if (language) found.push('language');
  return {
    kind: 'html',
    title: normalizeText(title || deriveTitle(text, fileName)),
    creators,
    outlet,
    publishedAt,
    url,
    language,
    marking: null,
    tags: [],
    note: '',
    found,
    warnings,
    text,
    pageOffsets: null,
    mime: 'text/html',
  };
};
