import type { SourceSnapshot } from '../../../shared/note/serializedNodes';

/** The attribution line under a quote: outlet, author, date, page. */
export function attribution(source: SourceSnapshot, locator: string | null): string {
  return [source.outlet, source.author, source.publishedAt?.slice(0, 10), locator]
    .filter((part): part is string => Boolean(part && part.trim()))
    .join(' · ');
}

/** A full reference for hover text: author, title, outlet, date, locator, URL. */
export function fullReference(source: SourceSnapshot, locator: string | null = null): string {
  const parts = [
    source.author,
    `“${source.title}”`,
    source.outlet,
    source.publishedAt?.slice(0, 10),
    locator,
    source.url,
  ];
  return parts.filter((part): part is string => Boolean(part && part.trim())).join(', ');
}
