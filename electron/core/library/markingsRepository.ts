import type { Database } from 'better-sqlite3';
import { ApiError } from '../../../shared/errors';
import type { z } from 'zod';
import {
  BUILT_IN_SCHEMES,
  customScheme,
  customSchemeInput,
  DEFAULT_SCHEME,
  markingLabel,
  markingRank,
  type MarkingScheme,
} from '../../../shared/markings';
import type { MarkingsInfo } from '../../../shared/model';

const SCHEME_KEY = 'marking_scheme';
/** The library's own scheme (JSON of `customSchemeInput`), kept even while another is active. */
const CUSTOM_KEY = 'marking_scheme_custom';

/** The library's active marking scheme (a setting) and validation of markings against it. */
export function createMarkingsRepository(db: Database) {
  const read = db.prepare<[string], string>('SELECT value FROM settings WHERE key = ?').pluck();
  const write = db.prepare<[string, string]>(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  );

  const custom = (): MarkingScheme | null => {
    const raw = read.get(CUSTOM_KEY);
    if (!raw) return null;
    try {
      const parsed = customSchemeInput.safeParse(JSON.parse(raw));
      return parsed.success ? customScheme(parsed.data) : null;
    } catch {
      return null;
    }
  };

  const schemes = (): MarkingScheme[] => {
    const own = custom();
    return own ? [...BUILT_IN_SCHEMES, own] : [...BUILT_IN_SCHEMES];
  };

  const active = (): MarkingScheme => {
    const id = read.get(SCHEME_KEY);
    return schemes().find((s) => s.id === id) ?? DEFAULT_SCHEME;
  };

  return {
    active,
    info(): MarkingsInfo {
      return { active: active(), schemes: schemes() };
    },
    /** Saves the library's own scheme and makes it the active one. */
    setCustomScheme(input: z.output<typeof customSchemeInput>): MarkingsInfo {
      write.run(CUSTOM_KEY, JSON.stringify(input));
      write.run(SCHEME_KEY, 'custom');
      return this.info();
    },
    setScheme(id: string): MarkingsInfo {
      const scheme = schemes().find((s) => s.id === id);
      if (!scheme) {
        const known = schemes()
          .map((s) => s.id)
          .join(', ');
        throw new ApiError('bad_request', `Unknown marking scheme "${id}" (known: ${known}).`);
      }
      write.run(SCHEME_KEY, scheme.id);
      return this.info();
    },
    /** The canonical spelling of a marking of the active scheme; null clears; others are refused. */
    normalize(marking: string | null | undefined): string | null {
      if (marking === null || marking === undefined || marking.trim() === '') return null;
      const scheme = active();
      let rank = markingRank(scheme, marking);
      // Accept "amber" for "TLP:AMBER".
      if (rank < 0) rank = scheme.levels.findIndex((l) => l.endsWith(`:${markingLabel(marking)}`));
      if (rank < 0) {
        throw new ApiError(
          'bad_request',
          `"${marking}" is not a marking of ${scheme.name} (${scheme.levels.join(', ')}).`,
        );
      }
      return scheme.levels[rank]!;
    },
  };
}

export type MarkingsRepository = ReturnType<typeof createMarkingsRepository>;
