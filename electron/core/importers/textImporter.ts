import { decodeText } from './decodeText';
import { readFrontMatter } from './frontMatter';
import { markdownToText } from './markdownText';
import { deriveTitle, looksLikeHeadline, normalizeText, stripBoilerplate } from './normalizeText';
import { foundIn } from './sourceHeader';
import { readTextHeader } from './textHeader';
import type { ImportedSource, Importer } from './types';

/**
 * Plain text and Markdown. Details come from Markdown front matter or a plain-text header
 * block; otherwise a first short line that reads like a headline becomes the title and leaves
 * the body, or a title is derived from the first sentence.
 */
export const importText: Importer = async ({ fileName, bytes }) => {
  const isMarkdown = /\.(md|markdown)$/i.test(fileName);
  const { text: decoded } = decodeText(bytes);
  const { details, body: rest } = isMarkdown ? readFrontMatter(decoded) : readTextHeader(decoded);
  let title: string | null = details.title;
  let body = rest;
  if (isMarkdown) {
    const md = markdownToText(rest);
    title ??= md.title;
    body = md.text;
  }
  let text = stripBoilerplate(normalizeText(body));
  if (title === null) {
    const newline = text.indexOf('\n');
    const first = newline === -1 ? text : text.slice(0, newline);
    if (newline !== -1 && looksLikeHeadline(first)) {
      title = first.trim();
      text = text.slice(newline + 1).trim();
    }
  }
  const result: ImportedSource = {
    kind: isMarkdown ? 'markdown' : 'text',
    title: title ?? deriveTitle(text, fileName),
    creators: details.creators,
    outlet: details.outlet,
    publishedAt: details.publishedAt,
    url: details.url,
    language: details.language,
    marking: details.marking,
    tags: details.tags,
    note: '',
    found: foundIn(details),
    warnings: details.warnings,
    text,
    pageOffsets: null,
    mime: isMarkdown ? 'text/markdown' : 'text/plain',
  };
  return result;
};
