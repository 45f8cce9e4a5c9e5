import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { FoundField } from '../../../shared/model';
import { cleanSourceUrl } from '../../../shared/links';
import { creatorsFromAuthorLine } from '../../../shared/source/creators';
import { languageProblem } from '../../../shared/source/sourceFields';
import { decodeText } from './decodeText';
import { elementToText } from './htmlText';
import { deriveTitle, normalizeText, stripBoilerplate } from './normalizeText';
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

    const article = new Readability(doc.cloneNode(true) as Document, {
      charThreshold: 100,
    }).parse();
    const warnings: string[] = [];
    let body: string;
    if (article?.content) {
      const fragment = JSDOM.fragment(article.content);
      body = elementToText(fragment);
    } else {
      body = doc.body ? elementToText(doc.body) : '';
    }
    const text = stripBoilerplate(normalizeText(body));
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
