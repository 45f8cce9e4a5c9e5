import type { Creator, SourceSnapshot } from '../note/serializedNodes';

export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}

/** Words that make an author an organisation, printed as written and never inverted. */
const ORGANISATION =
  /\b(staff|desk|team|agency|ministry|office|news|press|institute|council|authority|department|government|commission|committee|bureau|service|services|board|association|society|foundation|organi[sz]ation|university|corporation|company|ltd|inc|group|centre|center|union|parliament|police|army|navy|forces|secretariat|of the)\b/i;

/** "Jane Doe", "Doe, Jane" or "Jane Doe and John Roe" → CSL names; organisations stay literal. */
export function toCslNames(author: string): CslName[] {
  const trimmed = author.trim();
  if (ORGANISATION.test(trimmed) && !/;|\band\b|&/.test(trimmed)) return [{ literal: trimmed }];
  return trimmed
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

function creatorName(creator: Creator): CslName {
  if ('literal' in creator) return { literal: creator.literal };
  return creator.given
    ? { family: creator.family, given: creator.given }
    : { family: creator.family };
}

/** A snapshot's creators as CSL wants them: structured ones when saved, else read from `author`. */
export function cslNames(source: SourceSnapshot): CslName[] {
  if (Array.isArray(source.creators) && source.creators.length > 0)
    return source.creators.map(creatorName);
  return source.author ? toCslNames(source.author) : [];
}

function dateParts(iso: string | null): { 'date-parts': number[][] } | undefined {
  const match = iso ? /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso) : null;
  if (!match) return undefined;
  return { 'date-parts': [match.slice(1).filter(Boolean).map(Number)] };
}

export const cslItemId = (sourceId: number): string => `s${sourceId}`;

export function toCslItem(source: SourceSnapshot): Record<string, unknown> {
  const names = cslNames(source);
  const issued = dateParts(source.publishedAt);
  return {
    id: cslItemId(source.sourceId),
    // Chicago leaves "document" out of its bibliography; a stand-alone source reads as a report.
    type: source.outlet ? 'article-newspaper' : source.url ? 'webpage' : 'report',
    title: source.title || 'Untitled source',
    ...(names.length ? { author: names } : {}),
    ...(source.outlet ? { 'container-title': source.outlet } : {}),
    ...(issued ? { issued } : {}),
    ...(source.url ? { URL: source.url } : {}),
  };
}
