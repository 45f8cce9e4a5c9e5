/**
 * A source's creators as a citation style needs them: people with family and given names, or
 * organisations under one literal name (the CSL name model). The single `author` string a
 * source has always carried is derived from them, so older readers keep working.
 */
export interface PersonCreator {
  family: string;
  given: string | null;
}
export interface OrganisationCreator {
  literal: string;
}
export type Creator = PersonCreator | OrganisationCreator;

export const isOrganisation = (c: Creator): c is OrganisationCreator => 'literal' in c;

const tidy = (s: string) => s.replace(/\s+/g, ' ').trim();

/** One creator as written in the author line: "Family, Given" for people, the name for others. */
export function creatorName(c: Creator): string {
  if (isOrganisation(c)) return c.literal;
  return c.given ? `${c.family}, ${c.given}` : c.family;
}

/** The author line stored beside the creators: names joined by "; ", or null when there are none. */
export function authorLine(creators: readonly Creator[]): string | null {
  const names = creators.map(creatorName).filter(Boolean);
  return names.length ? names.join('; ') : null;
}

/** "Family, Given" (or just "Family") as a person; null when there is no family name. */
export function personFrom(text: string): PersonCreator | null {
  const comma = text.indexOf(',');
  const family = tidy(comma === -1 ? text : text.slice(0, comma));
  const given = comma === -1 ? '' : tidy(text.slice(comma + 1));
  if (!family) return null;
  return { family, given: given || null };
}

/**
 * Creators from an author line a file gave: names split only where the file itself separates
 * them (";" or a new line). A name written "Family, Given" is a person; any other name is kept
 * exactly as written, because splitting "Jane Smith" into names would be a guess.
 */
export function creatorsFromAuthorLine(line: string | null | undefined): Creator[] {
  if (!line) return [];
  const out: Creator[] = [];
  for (const part of line.split(/[;\n]/)) {
    const name = tidy(part);
    if (!name) continue;
    const commas = name.split(',').length - 1;
    const person = commas === 1 ? personFrom(name) : null;
    out.push(person && person.given ? person : { literal: name });
  }
  return out;
}

/** Creators from a list of names (front matter `authors:`), each kept as written. */
export function creatorsFromNames(names: readonly string[]): Creator[] {
  return names.flatMap((n) => creatorsFromAuthorLine(n));
}
