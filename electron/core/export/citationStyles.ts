import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import type CSL from 'citeproc';
import { createRequire } from 'node:module';
import type { StyleXml } from '../../../shared/citations/cslEngine';
import {
  BUNDLED_STYLES,
  DEFAULT_STYLE,
  STYLE_ID_PATTERN,
  userStyleId,
  userStyleRowId,
  type CitationStyleInfo,
} from '../../../shared/citations/styles';
import { ApiError } from '../../../shared/errors';

/** A style file may not be larger than this (the largest bundled one is about 200 kB). */
export const MAX_CSL_BYTES = 1_000_000;

const USER_PREFIX = 'csl.user.';
const NOTE_PREFIX = 'csl.note.';

const cache = new Map<string, string>();
function readResource(resourcesDir: string, file: string): string {
  const path = join(resourcesDir, 'csl', file);
  let xml = cache.get(path);
  if (xml === undefined) {
    xml = readFileSync(path, 'utf8');
    cache.set(path, xml);
  }
  return xml;
}

export const localeXml = (resourcesDir: string): string =>
  readResource(resourcesDir, 'locales-en-US.xml');

const titleOf = (xml: string): string =>
  /<info>[\s\S]*?<title>([^<]{1,200})<\/title>/.exec(xml)?.[1]?.trim() ?? 'Untitled style';
const kindOf = (xml: string): 'note' | 'in-text' =>
  /<style[^>]*\bclass="note"/.test(xml) ? 'note' : 'in-text';

/**
 * citeproc is over a megabyte of script, needed only when a style is added (exports load it
 * themselves): loaded then, so hosts start without it.
 */
let citeproc: typeof CSL | null = null;
const loadCiteproc = (): typeof CSL =>
  (citeproc ??= createRequire(import.meta.url)('citeproc') as typeof CSL);

/**
 * Checks a `.csl` file before it is kept: a CSL style with a title, a citation layout, and one
 * citeproc can load and format a citation with.
 */
export function validateCsl(
  xml: string,
  locale: string,
): { title: string; kind: 'note' | 'in-text' } {
  if (Buffer.byteLength(xml, 'utf8') > MAX_CSL_BYTES)
    throw new ApiError('bad_request', 'That style file is too large to be a CSL style.');
  if (!/<style\b[^>]*xmlns="http:\/\/purl\.org\/net\/xbiblio\/csl"/.test(xml))
    throw new ApiError('bad_request', 'That file is not a CSL style (no CSL <style> element).');
  if (/<link[^>]*rel="independent-parent"/.test(xml) && !/<citation\b/.test(xml))
    throw new ApiError(
      'bad_request',
      'That is a dependent CSL style: it only names its parent. Add the parent style file instead.',
    );
  if (!/<citation\b/.test(xml))
    throw new ApiError('bad_request', 'That CSL style has no <citation> layout.');
  try {
    const engine = new (loadCiteproc().Engine)(
      {
        retrieveLocale: () => locale,
        retrieveItem: (id: string) => ({
          id,
          type: 'book',
          title: 'Test',
          issued: { 'date-parts': [[2020]] },
        }),
      },
      xml,
      'en-US',
      true,
    );
    engine.rebuildProcessorState(
      [{ citationID: 'c', citationItems: [{ id: 't' }], properties: { noteIndex: 1 } }],
      'html',
    );
  } catch (error) {
    throw new ApiError(
      'bad_request',
      `That CSL style could not be used: ${(error as Error).message.slice(0, 200)}`,
    );
  }
  return { title: titleOf(xml), kind: kindOf(xml) };
}

/**
 * Citation styles: the bundled ones from resources/csl, the ones the user added (kept in the
 * library's settings, so they travel with the library), and each note's chosen style.
 */
export function createCitationStyles(db: Database, resourcesDir: string) {
  const get = db.prepare<[string], string>('SELECT value FROM settings WHERE key = ?').pluck();
  const put = db.prepare<[string, string]>(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  );
  const userRows = db.prepare<[string], { key: string; value: string }>(
    "SELECT key, value FROM settings WHERE key LIKE ? || '%' ORDER BY key",
  );

  const userStyles = () =>
    userRows
      .all(USER_PREFIX)
      .map((row) => ({ id: Number(row.key.slice(USER_PREFIX.length)), xml: row.value }))
      .filter((row) => Number.isInteger(row.id) && row.id > 0)
      .sort((a, b) => a.id - b.id);

  function xmlOf(styleId: string): string {
    const bundled = BUNDLED_STYLES.find((s) => s.id === styleId);
    if (bundled) return readResource(resourcesDir, bundled.file);
    const row = userStyleRowId(styleId);
    const xml = row === null ? undefined : get.get(`${USER_PREFIX}${row}`);
    if (xml === undefined)
      throw new ApiError('not_found', `Citation style ${styleId} does not exist.`);
    return xml;
  }

  return {
    list(): CitationStyleInfo[] {
      return [
        ...BUNDLED_STYLES.map((s) => ({
          id: s.id,
          title: s.title,
          kind: kindOf(readResource(resourcesDir, s.file)),
          user: false,
        })),
        ...userStyles().map((s) => ({
          id: userStyleId(s.id),
          title: titleOf(s.xml),
          kind: kindOf(s.xml),
          user: true,
        })),
      ];
    },
    /** Validates and keeps a `.csl` file; returns the new style. */
    add(xml: string): CitationStyleInfo {
      const { title, kind } = validateCsl(xml, localeXml(resourcesDir));
      const next = Math.max(0, ...userStyles().map((s) => s.id)) + 1;
      put.run(`${USER_PREFIX}${next}`, xml);
      return { id: userStyleId(next), title, kind, user: true };
    },
    /** The style's XML and the locale it is printed with. */
    resolve(styleId: string): StyleXml {
      return { style: xmlOf(styleId), locale: localeXml(resourcesDir) };
    },
    /** The style a note was last cited or exported in (the default for a new note). */
    ofNote(noteId: number): string {
      const saved = get.get(`${NOTE_PREFIX}${noteId}`);
      return saved && STYLE_ID_PATTERN.test(saved) ? saved : DEFAULT_STYLE;
    },
    setForNote(noteId: number, styleId: string): void {
      xmlOf(styleId);
      put.run(`${NOTE_PREFIX}${noteId}`, styleId);
    },
  };
}

export type CitationStyles = ReturnType<typeof createCitationStyles>;

/** A bundled style by id, without a library (tests, benchmarks). */
export function bundledStyleXml(resourcesDir: string, styleId: string = DEFAULT_STYLE): StyleXml {
  const bundled = BUNDLED_STYLES.find((s) => s.id === styleId);
  if (!bundled) throw new ApiError('not_found', `Citation style ${styleId} is not bundled.`);
  return { style: readResource(resourcesDir, bundled.file), locale: localeXml(resourcesDir) };
}
