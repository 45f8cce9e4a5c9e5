/** The citation styles that ship with Briefwright (files in resources/csl, with their licence). */
export const BUNDLED_STYLES = [
  {
    id: 'chicago',
    title: 'Chicago (notes and bibliography)',
    file: 'chicago-notes-bibliography.csl',
  },
  { id: 'chicago-author-date', title: 'Chicago (author–date)', file: 'chicago-author-date.csl' },
  { id: 'apa', title: 'APA 7th edition', file: 'apa.csl' },
  { id: 'harvard', title: 'Harvard (Cite Them Right)', file: 'harvard-cite-them-right.csl' },
  { id: 'ieee', title: 'IEEE', file: 'ieee.csl' },
  { id: 'vancouver', title: 'Vancouver', file: 'vancouver.csl' },
] as const;

export type BundledStyleId = (typeof BUNDLED_STYLES)[number]['id'];

export const DEFAULT_STYLE: BundledStyleId = 'chicago';

/** A bundled style id or `user-N` for a style the user added. */
export const STYLE_ID_PATTERN =
  /^(?:chicago|chicago-author-date|apa|harvard|ieee|vancouver|user-[1-9]\d*)$/;

export const userStyleId = (id: number): string => `user-${id}`;

/** The row id of a user style, or null for a bundled style. */
export function userStyleRowId(styleId: string): number | null {
  const match = /^user-([1-9]\d*)$/.exec(styleId);
  return match ? Number(match[1]) : null;
}

/** A style a note can be cited in, as the style chooser lists it. */
export interface CitationStyleInfo {
  id: string;
  title: string;
  /** `note` styles print footnotes or endnotes; `in-text` ones print author–date or numbers. */
  kind: 'note' | 'in-text';
  /** Added by the user from a `.csl` file. */
  user: boolean;
}
