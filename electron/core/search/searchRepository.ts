import type { Database } from 'better-sqlite3';
import { claimAssessment } from './claimAssessment';
import type { z } from 'zod';
import type { searchInput } from '../../../shared/api/library';
import {
  SEARCH_COUNT_CAP,
  SEARCH_TYPES,
  type SearchHit,
  type SearchResult,
  type SearchType,
} from '../../../shared/model';
import { filterClauses, hasBroadTags, statementCache, type FilterSpec } from './filterClauses';
import { literalFtsQuery, toFtsQuery } from './ftsQuery';
import { LONG_TEXT_CHARS, longTextSnippet } from './longTextSnippet';
import { HIGHLIGHT_CLOSE, HIGHLIGHT_OPEN, leadSegments, toSegments } from './snippets';

export type SearchQuery = z.output<typeof searchInput>;

/**
 * How many of the newest matches are ranked per type (more when filters will drop some). bm25
 * over an 800-word source costs microseconds; these windows keep a search within milliseconds
 * however common the words are.
 */
export const RANK_WINDOW = 300;
export const FILTERED_WINDOW = 300;

/**
 * bm25 first counts every row that matches each term (its inverse document frequency), however
 * small the window it ranks: a word in 300,000 excerpts would cost that much on every search.
 * A type whose matches reach this many (the count cap) is too common to rank: its newest
 * matches come first. Below it, ranking costs at most this many steps.
 */
export const RANKED_UP_TO = SEARCH_COUNT_CAP;

export interface SearchRepositoryOptions {
  /** Tests lower it to reach the "too common to rank" path with a small library. */
  rankedUpTo?: number;
  /** Tests lower it to reach the row-by-row tag test with a small library. */
  broadTagLinks?: number;
}

interface TypeSpec extends FilterSpec {
  fts: string;
  /** bm25 with column weights: a word in a title counts more than one in the body. */
  rank: string;
  table: string;
  /**
   * Joins after the match (aliases: x = the row, s = its source when there is one). CROSS JOIN
   * keeps the matches as the outer loop: SQLite never reorders it.
   */
  join: string;
  /** The join a tag filter needs (the row's own table, for excerpts' source ids); none if none. */
  tagJoin: string;
  /** Columns for a hit: title, date, source id, fallback text. */
  columns: string;
  /** Which FTS column snippet() reads (-1: the best one). */
  snippetColumn: number;
  /** A text not in the hit's lead that can run to millions of characters, and its length. */
  longText?: { column: string; length: string };
}

const SPECS: Record<SearchType, TypeSpec> = {
  source: {
    fts: 'sources_fts',
    rank: 'bm25(sources_fts, 4.0, 1.0)',
    table: 'sources',
    join: 'CROSS JOIN sources x ON x.id = m.id',
    tagJoin: '',
    columns: 'x.title AS title, x.published_at AS date, x.id AS source_id, NULL AS lead',
    snippetColumn: 1,
    longText: { column: 'text', length: 'x.text_length' },
    tagLink: { table: 'source_tags', column: 'source_id' },
    outlet: true,
    dateColumn: 'x.published_at',
  },
  excerpt: {
    fts: 'excerpts_fts',
    rank: 'bm25(excerpts_fts, 2.0, 1.0)',
    table: 'excerpts',
    join: 'CROSS JOIN excerpts x ON x.id = m.id CROSS JOIN sources s ON s.id = x.source_id',
    tagJoin: 'CROSS JOIN excerpts x ON x.id = m.id',
    columns: 's.title AS title, s.published_at AS date, x.source_id AS source_id, x.quote AS lead',
    snippetColumn: -1,
    tagLink: { table: 'excerpt_tags', column: 'excerpt_id', sourceLevel: true },
    outlet: true,
    dateColumn: 's.published_at',
  },
  claim: {
    fts: 'claims_fts',
    rank: 'bm25(claims_fts)',
    table: 'claims',
    join: 'CROSS JOIN claims x ON x.id = m.id',
    tagJoin: '',
    columns:
      'substr(x.text, 1, 200) AS title, x.updated_at AS date, NULL AS source_id, x.text AS lead, x.likelihood AS likelihood, x.confidence AS confidence',
    snippetColumn: 0,
    tagLink: { table: 'claim_tags', column: 'claim_id' },
    outlet: false,
    dateColumn: 'x.updated_at',
  },
  note: {
    fts: 'notes_fts',
    rank: 'bm25(notes_fts, 3.0, 1.0)',
    table: 'notes',
    join: 'CROSS JOIN notes x ON x.id = m.id',
    tagJoin: '',
    columns: 'x.title AS title, x.updated_at AS date, NULL AS source_id, x.plain_text AS lead',
    snippetColumn: -1,
    outlet: false,
    dateColumn: 'x.updated_at',
  },
};

interface HitRow {
  id: number;
  rank: number;
  n: number;
  title: string;
  date: string | null;
  source_id: number | null;
  lead: string | null;
  /** Claims only. */
  likelihood?: string | null;
  confidence?: string | null;
}

/**
 * Search across sources, excerpts, claims and notes. Each type runs its MATCH first in a
 * materialized CTE (bounded by a LIMIT), then joins and filters: letting the planner mix a
 * MATCH with joins or range filters can turn milliseconds into seconds. When a query matches
 * more than the window, the best of the newest matches are shown and counts stop at the cap.
 */
export function createSearchRepository(db: Database, options: SearchRepositoryOptions = {}) {
  const prepared = statementCache(db);
  const rankedUpTo = Math.min(options.rankedUpTo ?? RANKED_UP_TO, SEARCH_COUNT_CAP);

  /** How many rows match, counted up to the cap. */
  function countMatches(spec: TypeSpec, match: string): number {
    return prepared(
      `SELECT count(*) FROM (SELECT 1 FROM ${spec.fts} WHERE ${spec.fts} MATCH ? LIMIT ${SEARCH_COUNT_CAP})`,
    )
      .pluck()
      .get(match) as number;
  }

  /** Hits of one type: the top `take` and the (capped) number of matches after filters. */
  function searchType(
    type: SearchType,
    match: string,
    query: SearchQuery,
    take: number,
  ): { rows: HitRow[]; count: number } | null {
    const spec = SPECS[type];
    // The matches are at most the count cap: a broad tag is tested on each of them.
    const filters = filterClauses(spec, 'm.id', `${type === 'source' ? 'x' : 's'}.outlet`, query, {
      perRow: hasBroadTags(prepared, spec, query, options.broadTagLinks),
    });
    if (!filters) return null;
    const where = filters.clauses;
    if (where.length > 0) {
      // Tags alone are tested on the match ids; outlet and dates need the rows they are read from.
      const join = query.outlet || query.from || query.to ? spec.join : spec.tagJoin;
      return filteredType(spec, match, join, where, filters.params, take);
    }
    const count = countMatches(spec, match);
    if (count === 0) return { rows: [], count };
    if (count >= rankedUpTo) {
      const newest = `WITH m AS MATERIALIZED (
          SELECT rowid AS id FROM ${spec.fts} WHERE ${spec.fts} MATCH ?
          ORDER BY rowid DESC LIMIT ${take}
        )
        SELECT m.id, 0 AS rank, ${spec.columns} FROM m ${spec.join} ORDER BY m.id DESC`;
      return { rows: prepared(newest).all(match) as HitRow[], count };
    }
    // Rank within a window of the newest matches: bm25 is computed only for rows FTS5 visits in
    // its native rowid order; only the best `take` are joined to their rows.
    const ranked = `WITH m AS MATERIALIZED (
        SELECT rowid AS id, ${spec.rank} AS rank FROM ${spec.fts} WHERE ${spec.fts} MATCH ?
        ORDER BY rowid DESC LIMIT ${RANK_WINDOW}
      ), best AS MATERIALIZED (SELECT id, rank FROM m ORDER BY rank, id DESC LIMIT ${take})
      SELECT m.id, m.rank, ${spec.columns}
      FROM best m ${spec.join}
      ORDER BY m.rank, m.id DESC`;
    return { rows: prepared(ranked).all(match) as HitRow[], count };
  }

  /**
   * With filters: match row ids only (cheap), filter them and keep the newest survivors; then,
   * unless the words are too common to rank, compute bm25 for the survivors in one pass.
   */
  function filteredType(
    spec: TypeSpec,
    match: string,
    filterJoin: string,
    where: string[],
    params: unknown[],
    take: number,
  ): { rows: HitRow[]; count: number } {
    // Filtering reads only what the filters test; the columns of a hit are read for the window
    // of newest survivors alone: at 100,000 sources, reading every survivor's row cost more than
    // the rest of the search.
    const sql = `WITH m AS MATERIALIZED (
        SELECT rowid AS id FROM ${spec.fts} WHERE ${spec.fts} MATCH ?
        ORDER BY rowid DESC LIMIT ${SEARCH_COUNT_CAP}
      ), kept AS MATERIALIZED (
        SELECT m.id FROM m ${filterJoin} WHERE ${where.join(' AND ')}
      ), newest AS MATERIALIZED (SELECT id FROM kept ORDER BY id DESC LIMIT ${FILTERED_WINDOW})
      SELECT m.id, 0 AS rank, (SELECT count(*) FROM kept) AS n, (SELECT count(*) FROM m) AS matched,
        ${spec.columns}
      FROM newest m ${spec.join}
      ORDER BY m.id DESC`;
    const rows = prepared(sql).all(match, ...params) as (HitRow & { matched: number })[];
    const count = rows[0]?.n ?? 0;
    if (rows.length === 0 || rows[0]!.matched >= rankedUpTo)
      return { rows: rows.slice(0, take), count };
    const ids = rows.map((r) => r.id);
    // CAST: a bound JS number arrives as REAL, and FTS5 then ignores the rowid constraint. The
    // `+` keeps the id list out of FTS5's hands: it scans the range once, bm25 runs for survivors.
    const ranks = prepared(
      `SELECT rowid AS id, ${spec.rank} AS rank FROM ${spec.fts}
       WHERE ${spec.fts} MATCH ? AND rowid BETWEEN CAST(? AS INTEGER) AND CAST(? AS INTEGER)
         AND +rowid IN (SELECT value FROM json_each(?))
       ORDER BY rowid DESC`,
    ).all(match, Math.min(...ids), Math.max(...ids), JSON.stringify(ids)) as {
      id: number;
      rank: number;
    }[];
    const rankOf = new Map(ranks.map((r) => [r.id, r.rank]));
    for (const row of rows) row.rank = rankOf.get(row.id) ?? 0;
    rows.sort((a, b) => a.rank - b.rank || b.id - a.id);
    return { rows: rows.slice(0, take), count };
  }

  /**
   * Snippets for the hits of one type, in one FTS5 pass over the rowid range they span: a
   * statement per hit would set up the MATCH each time, and for a prefix without its own prefix
   * index that means merging every matching term's doclist again.
   */
  function snippetsFor(type: SearchType, match: string, rows: HitRow[]): Map<number, string> {
    const spec = SPECS[type];
    const snippets = new Map<number, string>();
    // A hit's lead is already its text (a note's, a claim's, an excerpt's quote); a source's text
    // is read only when it is long.
    for (const row of rows) {
      if (row.lead && row.lead.length > LONG_TEXT_CHARS)
        snippets.set(row.id, longTextSnippet(row.lead, match));
    }
    let ids = rows.map((r) => r.id).filter((id) => !snippets.has(id));
    if (spec.longText && ids.length > 0) {
      const long = prepared(
        `SELECT id, ${spec.longText.column} AS text FROM ${spec.table} x
         WHERE id IN (SELECT value FROM json_each(?)) AND ${spec.longText.length} > ${LONG_TEXT_CHARS}`,
      ).all(JSON.stringify(ids)) as { id: number; text: string }[];
      for (const row of long) snippets.set(row.id, longTextSnippet(row.text, match));
      ids = ids.filter((id) => !snippets.has(id));
    }
    if (ids.length === 0) return snippets;
    // CAST: a bound JS number arrives as REAL, and FTS5 then ignores the rowid constraint. The
    // `+` keeps the id list out of FTS5's hands, so it scans the range once and SQLite filters.
    // Hits are mostly the newest rows: FTS5 reaches the top of a range from the end, where a
    // forward seek in a large segment can walk most of a doclist (0.4 ms against 0.1 for 20 claims).
    const found = prepared(
      `SELECT rowid AS id, snippet(${spec.fts}, ${spec.snippetColumn}, '${HIGHLIGHT_OPEN}', '${HIGHLIGHT_CLOSE}', '…', 24) AS marked
       FROM ${spec.fts} WHERE ${spec.fts} MATCH ?
         AND rowid BETWEEN CAST(? AS INTEGER) AND CAST(? AS INTEGER)
         AND +rowid IN (SELECT value FROM json_each(?))
       ORDER BY rowid DESC`,
    ).all(match, Math.min(...ids), Math.max(...ids), JSON.stringify(ids)) as {
      id: number;
      marked: string;
    }[];
    for (const f of found) snippets.set(f.id, f.marked);
    return snippets;
  }

  function snippetOf(marked: string | undefined, row: HitRow): SearchHit['snippet'] {
    const segments = marked ? toSegments(marked) : [];
    return segments.some((s) => s.highlight) || !row.lead ? segments : leadSegments(row.lead);
  }

  function run(match: string, query: SearchQuery): SearchResult {
    const types = query.types?.length ? query.types : SEARCH_TYPES;
    const take = query.offset + query.limit;
    const counts: Record<SearchType, number> = { source: 0, excerpt: 0, claim: 0, note: 0 };
    const all: { type: SearchType; row: HitRow; turn: number }[] = [];
    for (const type of types) {
      const found = searchType(type, match, query, take);
      if (!found) continue;
      counts[type] = found.count;
      found.rows.forEach((row, i) => all.push({ type, row, turn: row.rank === 0 ? i : 0 }));
    }
    // Ranked hits first, best first; hits of types too common to rank (rank 0) follow, newest
    // first, taking turns between types so one type does not fill the page.
    all.sort(
      (a, b) =>
        a.row.rank - b.row.rank ||
        a.turn - b.turn ||
        SEARCH_TYPES.indexOf(a.type) - SEARCH_TYPES.indexOf(b.type) ||
        b.row.id - a.row.id,
    );
    const page = all.slice(query.offset, take);
    const snippets = new Map<SearchType, Map<number, string>>();
    for (const type of types) {
      const rows = page.filter((p) => p.type === type).map((p) => p.row);
      if (rows.length) snippets.set(type, snippetsFor(type, match, rows));
    }
    const hits = page.map(({ type, row }): SearchHit => {
      const hit: SearchHit = {
        type,
        id: row.id,
        title: row.title || 'Untitled',
        snippet: snippetOf(snippets.get(type)?.get(row.id), row),
        score: -row.rank,
      };
      if (row.source_id !== null) hit.sourceId = row.source_id;
      if (row.date) hit.date = row.date;
      const assessment = claimAssessment(row);
      if (assessment) hit.assessment = assessment;
      return hit;
    });
    return { hits, counts, total: counts.source + counts.excerpt + counts.claim + counts.note };
  }

  return {
    search(query: SearchQuery): SearchResult {
      const empty: SearchResult = {
        hits: [],
        counts: { source: 0, excerpt: 0, claim: 0, note: 0 },
        total: 0,
      };
      const { match } = toFtsQuery(query.text);
      if (!match) return empty;
      try {
        return run(match, query);
      } catch (error) {
        // Our quoting should make every query valid; if FTS5 still objects, search the words.
        if (!/fts5|syntax|malformed/i.test(String((error as Error).message))) throw error;
        const literal = literalFtsQuery(query.text);
        return literal ? run(literal, query) : empty;
      }
    },
  };
}

export type SearchRepository = ReturnType<typeof createSearchRepository>;
