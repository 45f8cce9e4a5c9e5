import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { NumberedSource } from '../../../shared/citations/numbering';
import type { CitationStyle } from '../../../shared/model/export';
import type { SourceSnapshot } from '../../../shared/note/serializedNodes';
import type { PdfInline } from './pdfTypes';

/** CSL template names registered with citation-js; APA ships with the plugin. */
const TEMPLATE: Record<CitationStyle, string> = {
  chicago: 'chicago-note-bibliography',
  apa: 'apa',
};

function ensureTemplates(resourcesDir: string): void {
  const styles = plugins.config.get('@csl').styles;
  if (!styles.has(TEMPLATE.chicago)) {
    const xml = readFileSync(join(resourcesDir, 'csl', 'chicago-note-bibliography.csl'), 'utf8');
    styles.add(TEMPLATE.chicago, xml);
  }
}

interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}

const ORGANISATION = /\b(staff|desk|team|agency|ministry|office|news|press|institute|council)\b/i;

/** "Jane Doe", "Doe, Jane" or "Jane Doe and John Roe" → CSL names; organisations stay literal. */
export function toCslNames(author: string): CslName[] {
  return author
    .split(/\s*(?:;|\band\b|&)\s*/)
    .map((name) => name.trim())
    .filter(Boolean)
    .map((name): CslName => {
      if (ORGANISATION.test(name)) return { literal: name };
      const comma = name.indexOf(',');
      if (comma > 0) {
        return { family: name.slice(0, comma).trim(), given: name.slice(comma + 1).trim() };
      }
      const parts = name.split(/\s+/);
      if (parts.length < 2) return { literal: name };
      return { family: parts[parts.length - 1]!, given: parts.slice(0, -1).join(' ') };
    });
}

function dateParts(iso: string | null): { 'date-parts': number[][] } | undefined {
  const match = iso ? /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso) : null;
  if (!match) return undefined;
  return { 'date-parts': [match.slice(1).filter(Boolean).map(Number)] };
}

export function toCslItem(source: SourceSnapshot): Record<string, unknown> {
  return {
    id: `s${source.sourceId}`,
    type: source.outlet ? 'article-newspaper' : source.url ? 'webpage' : 'document',
    title: source.title || 'Untitled source',
    ...(source.author ? { author: toCslNames(source.author) } : {}),
    ...(source.outlet ? { 'container-title': source.outlet } : {}),
    ...(dateParts(source.publishedAt) ? { issued: dateParts(source.publishedAt) } : {}),
    ...(source.url ? { URL: source.url } : {}),
  };
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** citeproc's HTML output (italic, bold, super/subscript spans) → pdfmake text runs. */
export function cslHtmlToRuns(html: string): PdfInline[] {
  const runs: PdfInline[] = [];
  const stack: string[] = [];
  const tag = /<(\/?)([a-z]+)([^>]*)>|([^<]+)/gi;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (m[4] !== undefined) {
      const text = decodeEntities(m[4]);
      if (!text) continue;
      const has = (t: string) => stack.includes(t);
      runs.push({
        text,
        ...(has('i') ? { italics: true } : {}),
        ...(has('b') ? { bold: true } : {}),
        ...(has('sup') ? { sup: true } : {}),
        ...(has('sub') ? { sub: true } : {}),
      });
      continue;
    }
    const closing = m[1] === '/';
    let name = m[2]!.toLowerCase();
    const attrs = m[3] ?? '';
    if (name === 'span') {
      if (/font-style:\s*italic/.test(attrs)) name = 'i';
      else if (/font-weight:\s*bold/.test(attrs)) name = 'b';
      else if (/vertical-align:\s*sup/.test(attrs)) name = 'sup';
      else if (/vertical-align:\s*sub/.test(attrs)) name = 'sub';
    }
    if (closing) {
      const at = stack.lastIndexOf(name);
      if (at >= 0) stack.splice(at, 1);
      else if (name === 'span') stack.pop();
    } else stack.push(name);
  }
  // citeproc wraps entries in a div with surrounding newlines; trim the edges only.
  if (runs.length) {
    runs[0] = { ...runs[0]!, text: (runs[0]!.text as string).trimStart() };
    const last = runs.length - 1;
    runs[last] = { ...runs[last]!, text: (runs[last]!.text as string).trimEnd() };
  }
  return runs.filter((r) => r.text !== '');
}

/**
 * One formatted bibliography entry per cited source, by CSL style, keyed by the citation number
 * (the list is printed in first-cited order, whatever order the style would sort it in).
 */
export function formatSourceEntries(
  sources: readonly NumberedSource[],
  style: CitationStyle,
  resourcesDir: string,
): Map<number, PdfInline[]> {
  ensureTemplates(resourcesDir);
  const entries = new Map<number, PdfInline[]>();
  if (sources.length === 0) return entries;
  const cite = new Cite(sources.map((s) => toCslItem(s.source)));
  const formatted = cite.format('bibliography', {
    format: 'html',
    template: TEMPLATE[style],
    lang: 'en-US',
    asEntryArray: true,
  }) as [string, string][];
  const byId = new Map(formatted.map(([id, html]) => [id, html]));
  for (const { number, source } of sources) {
    const html = byId.get(`s${source.sourceId}`);
    entries.set(number, html ? cslHtmlToRuns(html) : [{ text: source.title }]);
  }
  return entries;
}
