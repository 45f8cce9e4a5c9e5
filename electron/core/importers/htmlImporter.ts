import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { FoundField } from '../../../shared/model';
import { cleanSourceUrl } from '../../../shared/links';
import { creatorsFromAuthorLine } from '../../../shared/source/creators';
import { languageProblem } from '../../../shared/source/sourceFields';
import { decodeText } from './decodeText';
import { elementToText } from './htmlText';
import {
  deriveTitle,
  normalizeText,
  stripBoilerplate,
  stripTrailingFurniture,
} from './normalizeText';
import type { Importer } from './types';
import { ImportRefusal } from './types';

const meta = (doc: Document, ...keys: string[]): string | null => {
  for (const key of keys) {
    const el = doc.querySelector(
      `meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`,
    );
    const value = el?.getAttribute('content')?.trim();
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
 * The article as Readability finds it with its own defaults, kept whole but for a trailing
 * "Share this article" line: a lower character threshold let a short box (a newsletter sign-up)
 * pass for the article, and cutting at "Read more" headings dropped text Readability had judged
 * part of it. Only when Readability finds nothing is the whole body kept, cleaned of its
 * link-list tail, with a warning.
 */
function articleText(doc: Document) {
  const article = new Readability(doc.cloneNode(true) as Document).parse();
  const fromArticle = article?.content
    ? stripTrailingFurniture(normalizeText(elementToText(JSDOM.fragment(article.content))))
    : '';
  if (fromArticle) return { article, text: fromArticle, warnings: [] as string[] };
  const whole = doc.body ? stripBoilerplate(normalizeText(elementToText(doc.body))) : '';
  return {
    article,
    text: whole,
    warnings: whole ? ['No article was found on the page; its whole text was kept.'] : [],
  };
}

/**
 * Saved web pages. The page is parsed by jsdom with scripts disabled and no resource loading
 * (nothing runs, nothing is fetched); Readability picks the article; metadata comes from meta tags.
 */
export const importHtml: Importer = async ({ fileName, bytes }) => {
  const { text: html } = decodeText(bytes);
  const virtualConsole = new VirtualConsole();
  // jsdom defaults: runScripts off, resources not loaded. Stated here so nobody changes it lightly.
  const dom = new JSDOM(html, { virtualConsole, runScripts: undefined, resources: undefined });
  const doc = dom.window.document;
  try {
    const canonical =
      httpUrl(doc.querySelector('link[rel~="canonical"]')?.getAttribute('href')) ??
      httpUrl(meta(doc, 'og:url'));
    const published = isoDate(
      meta(
        doc,
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
    const metaTitle = meta(doc, 'og:title', 'twitter:title', 'dc.title');
    const metaAuthor = meta(doc, 'author', 'article:author', 'dc.creator', 'byl');
    const siteName = meta(doc, 'og:site_name', 'application-name');

    const { article, text, warnings } = articleText(doc);
    if (!text) throw new ImportRefusal('The page has no readable text.');
    const title =
      metaTitle ?? article?.title?.trim() ?? doc.title.trim() ?? deriveTitle(text, fileName);
    const creators = creatorsFromAuthorLine(
      metaAuthor ?? (article?.byline ? normalizeText(article.byline) : null),
    );
    const outlet = siteName ?? article?.siteName ?? null;
    const publishedAt = published ?? isoDate(article?.publishedTime ?? null);
    const url = cleanSourceUrl(canonical);
    const lang = doc.documentElement.getAttribute('lang')?.trim() || null;
    const language = lang && !languageProblem(lang) ? lang : null;
    const found: FoundField[] = [];
    if (metaTitle || article?.title?.trim() || doc.title.trim()) found.push('title');
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
  } finally {
    dom.window.close();
  }
};
