import type { Database } from 'better-sqlite3';
import { createCitationLookup } from '../notes/citationLookup';
import type { LibraryExcerpt, LibraryState } from './checkIntegrity';

interface PlacementRow {
  source_id: number;
  start: number;
  end: number;
  quote: string;
  anchored: number;
}

/**
 * Reads the library's current copies of cited items, and for each excerpt whether its quote is
 * what its source's current text holds at its anchor (the check offsets alone cannot give).
 */
export function createLibraryState(db: Database) {
  const citations = createCitationLookup(db);
  const placement = db.prepare<[number], PlacementRow>(
    'SELECT source_id, start, "end" AS "end", quote, anchored FROM excerpts WHERE id = ?',
  );
  const sourceText = db.prepare<[number], string>('SELECT text FROM sources WHERE id = ?').pluck();

  return db.transaction(
    (ids: { excerptIds: number[]; claimIds: number[]; sourceIds: number[] }): LibraryState => {
      const lookup = citations.lookup(ids.excerptIds, ids.claimIds, ids.sourceIds);
      const texts = new Map<number, string>();
      const textOf = (sourceId: number) => {
        if (!texts.has(sourceId)) texts.set(sourceId, sourceText.get(sourceId) ?? '');
        return texts.get(sourceId)!;
      };
      const excerpts: Record<number, LibraryExcerpt | null> = {};
      for (const [key, copy] of Object.entries(lookup.excerpts)) {
        const id = Number(key);
        const row = copy ? placement.get(id) : undefined;
        excerpts[id] =
          copy && row
            ? {
                ...copy,
                placed:
                  row.anchored === 1 &&
                  textOf(row.source_id).slice(row.start, row.end) === row.quote,
              }
            : null;
      }
      return { excerpts, claims: lookup.claims, sources: lookup.sources };
    },
  );
}
