/**
 * Tag names are hierarchical (`region/ukraine`): lower case, single spaces, no empty segments.
 * Normalizing on the way in keeps `Region/Ukraine ` and `region/ukraine` one tag.
 */
export function normalizeTagName(raw: string): string {
  return raw
    .normalize('NFC')
    .toLowerCase()
    .split('/')
    .map((segment) => segment.replace(/\s+/g, ' ').trim())
    .filter((segment) => segment !== '')
    .join('/');
}

/** Escapes a string for use inside a LIKE pattern with `ESCAPE '\\'`. */
export function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
