import { decodeText } from './decodeText';
import { markdownToText } from './markdownText';
import { deriveTitle, looksLikeHeadline, normalizeText, stripBoilerplate } from './normalizeText';
import type { ImportedSource, Importer } from './types';

/**
 * Plain text and Markdown. A first short line that reads like a headline becomes the title and
 * leaves the body; otherwise a title is derived from the first sentence.
 */
export const importText: Importer = async ({ fileName, bytes }) => {
  const isMarkdown = /\.(md|markdown)$/i.test(fileName);
  const { text: decoded } = decodeText(bytes);
  let title: string | null = null;
  let body = decoded;
  if (isMarkdown) {
    const md = markdownToText(decoded);
    title = md.title;
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
    author: null,
    outlet: null,
    publishedAt: null,
    url: null,
    text,
    pageOffsets: null,
    mime: isMarkdown ? 'text/markdown' : 'text/plain',
  };
  return result;
};
