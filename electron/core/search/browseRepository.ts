import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { browseInput } from '../../../shared/api/browse';
import {
  SEARCH_TYPES,
  type SearchHit,
  type SearchResult,
  type SearchType,
} from '../../../shared/model';
import { filterClauses, statementCache, type FilterSpec } from './filterClauses';
import { leadSegments } from './snippets';
import { claimAssessment } from './claimAssessment';
import { createRowCounts } from '../library/rowCounts';

export type BrowseQuery = z.output<typeof browseInput>;

interface BrowseSpec extends FilterSpec {
  /** FROM clause (aliases: x = the row, s = its source when there is one). */
  from: string;
  columns: string;
  /** Newest first, on an indexed column where there is one. */
  order: string;
  always?: string;
}

const SPECS: Record<SearchType, BrowseSpec> = {
  source: {
    from: 'sources x',
    columns:
      'x.id, x.title AS title, x.published_at AS date, x.id AS source_id, substr(x.text, 1, 400) AS lead',
    order: 'x.imported_at DESC, x.id DESC',
    tagLink: { table: 'source_tags', column: 'source_id' },
    outlet: true,
    dateColumn: 'x.published_at',
  },
  excerpt: {
    from: 'excerpts x JOIN sources s ON s.id = x.source_id',
    columns:
      'x.id, s.title AS title, s.published_at AS date, x.source_id AS source_id, x.quote AS lead',
    order: 'x.id DESC',
    tagLink: { table: 'excerpt_tags', column: 'excerpt_id', sourceLevel: true },
    outlet: true,
    dateColumn: 's.published_at',
  },
  claim: {
    from: 'claims x',
    columns:
      'x.id, substr(x.text, 1, 200) AS title, x.updated_at AS date, NULL AS source_id, x.text AS lead, x.likelihood AS likelihood, x.confidence AS confidence',
    order: 'x.updated_at DESC, x.id DESC',
    tagLink: { table: 'claim_tags', column: 'claim_id' },
    outlet: false,
    dateColumn: 'x.updated_at',
  },
  note: {
    from: 'notes x',
    columns:
      'x.id, x.title AS title, x.updated_at AS date, NULL AS source_id, x.plain_text AS lead',
    order: 'x.updated_at DESC, x.id DESC',
    outlet: false,
    dateColumn: 'x.updated_at',
    always: 'x.deleted_at IS NULL',
  },
};

interface BrowseRow {
  id: number;
  title: string;
  date: string | null;
  source_id: number | null;
  lead: string | null;
  /** Claims only. */
  likelihood?: string | null;
  confidence?: string | null;
}

/**
 * The library filtered without words: each type's rows matching the tag (a parent matches its
 * children), outlet and date filters, newest first, with an exact count per type.
 */
export function createBrowseRepository(db: Database) {
  const prepared = statementCache(db);
  // The whole of a type, unfiltered, is counted by triggers: count(*) would read every row.
  const rowCount = createRowCounts(db);

  function where(type: SearchType, query: BrowseQuery): { sql: string; params: unknown[] } | null {
    const spec = SPECS[type];
    const filters = filterClauses(spec, 'x.id', `${type === 'source' ? 'x' : 's'}.outlet`, query);
    if (!filters) return null;
    const clauses = spec.always ? [spec.always, ...filters.clauses] : filters.clauses;
    const params = filters.params;
    return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
  }

  return {
    browse(query: BrowseQuery): SearchResult {
      const types = query.types?.length ? query.types : SEARCH_TYPES;
      const counts: Record<SearchType, number> = { source: 0, excerpt: 0, claim: 0, note: 0 };
      const hits: SearchHit[] = [];
      // Several types at once are listed type after type (there is no rank to interleave by).
      let skip = query.offset;
      let room = query.limit;
      for (const type of types) {
        const spec = SPECS[type];
        const filter = where(type, query);
        if (!filter) continue;
        const count = !query.withCounts
          ? Number.MAX_SAFE_INTEGER
          : !filter.sql && type !== 'note'
            ? rowCount(type === 'source' ? 'sources' : type === 'excerpt' ? 'excerpts' : 'claims')
            : (prepared(`SELECT count(*) FROM ${spec.from} ${filter.sql}`)
                .pluck()
                .get(...filter.params) as number);
        counts[type] = query.withCounts ? count : 0;
        if (room === 0 || skip >= count) {
          skip = Math.max(0, skip - count);
          continue;
        }
        const rows = prepared(
          `SELECT ${spec.columns} FROM ${spec.from} ${filter.sql} ORDER BY ${spec.order} LIMIT ? OFFSET ?`,
        ).all(...filter.params, room, skip) as BrowseRow[];
        skip = 0;
        room -= rows.length;
        for (const row of rows) {
          const hit: SearchHit = {
            type,
            id: row.id,
            title: row.title || 'Untitled',
            snippet: leadSegments(row.lead ?? ''),
            score: 0,
          };
          if (row.source_id !== null) hit.sourceId = row.source_id;
          if (row.date) hit.date = row.date;
          const assessment = claimAssessment(row);
          if (assessment) hit.assessment = assessment;
          hits.push(hit);
        }
      }
      return { hits, counts, total: counts.source + counts.excerpt + counts.claim + counts.note };
    },
  };
}
