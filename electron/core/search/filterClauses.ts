import type { Database, Statement } from 'better-sqlite3';
import { likeEscape, normalizeTagName } from '../library/tagNames';

/** How one result type is filtered by tag, outlet and date (shared by search and browse). */
export interface FilterSpec {
  tagLink?: { table: string; column: string; sourceLevel?: boolean };
  outlet: boolean;
  dateColumn: string;
}

export interface Filters {
  tags?: string[];
  outlet?: string;
  from?: string;
  to?: string;
}

/**
 * WHERE clauses for the tag (a parent matches its children), outlet and date filters; `idColumn`
 * is the row id the tag links refer to. Null when the type cannot satisfy a filter at all.
 *
 * `perRow` is for a bounded set of candidates (search's matches): each row's few tag links are
 * looked up, which costs the same in any library. Otherwise every row carrying one of the tags is
 * collected first, which lets a browse start from a rare tag, but for a broad parent tag (a third
 * of a million excerpts) costs more than the search itself.
 */
export function filterClauses(
  spec: FilterSpec,
  idColumn: string,
  outletColumn: string,
  filters: Filters,
  options: { perRow?: boolean } = {},
): { clauses: string[]; params: unknown[] } | null {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (filters.tags?.length) {
    if (!spec.tagLink) return null;
    const names = filters.tags.map(normalizeTagName);
    const named = (alias: string) =>
      names.map(() => `${alias}.name = ? OR ${alias}.name LIKE ? ESCAPE '\\'`).join(' OR ');
    const tagParams = names.flatMap((n) => [n, `${likeEscape(n)}/%`]);
    const tagged = (table: string, column: string, id: string) =>
      options.perRow
        ? // The tag ids are collected once; `+` keeps SQLite walking the row's own few links
          // rather than probing each tag id for each row.
          `EXISTS (SELECT 1 FROM ${table} l WHERE l.${column} = ${id}
             AND +l.tag_id IN (SELECT id FROM tags t WHERE ${named('t')}))`
        : `${id} IN (SELECT ${column} FROM ${table} WHERE tag_id IN (SELECT id FROM tags t WHERE ${named('t')}))`;
    const own = tagged(spec.tagLink.table, spec.tagLink.column, idColumn);
    if (spec.tagLink.sourceLevel) {
      clauses.push(`(${own} OR ${tagged('source_tags', 'source_id', 'x.source_id')})`);
      params.push(...tagParams, ...tagParams);
    } else {
      clauses.push(own);
      params.push(...tagParams);
    }
  }
  if (filters.outlet) {
    if (!spec.outlet) return null;
    clauses.push(`${outletColumn} = ? COLLATE NOCASE`);
    params.push(filters.outlet);
  }
  if (filters.from) {
    clauses.push(`${spec.dateColumn} >= ?`);
    params.push(filters.from);
  }
  if (filters.to) {
    clauses.push(`substr(${spec.dateColumn}, 1, ?) <= ?`);
    params.push(filters.to.length, filters.to);
  }
  return { clauses, params };
}

/** Tag links beyond which a tag filter is tested row by row rather than collected first. */
export const BROAD_TAG_LINKS = 2000;

/**
 * Whether the tag filter names tags linked to at least BROAD_TAG_LINKS rows of this type (or of
 * sources, when a source's tags count for its excerpts): counted up to that many, so it costs
 * the same for a parent tag over half the library as for a tag on three sources.
 */
export function hasBroadTags(
  prepared: (sql: string) => Statement,
  spec: FilterSpec,
  filters: Filters,
  broadAt = BROAD_TAG_LINKS,
): boolean {
  if (!filters.tags?.length || !spec.tagLink) return false;
  const names = filters.tags.map(normalizeTagName);
  const tagIds = `SELECT id FROM tags WHERE ${names.map(() => "name = ? OR name LIKE ? ESCAPE '\\'").join(' OR ')}`;
  const tagParams = names.flatMap((n) => [n, `${likeEscape(n)}/%`]);
  const tables = [spec.tagLink.table, ...(spec.tagLink.sourceLevel ? ['source_tags'] : [])];
  return tables.some(
    (table) =>
      (prepared(`SELECT count(*) FROM (SELECT 1 FROM ${table} WHERE tag_id IN (${tagIds}) LIMIT ?)`)
        .pluck()
        .get(...tagParams, broadAt) as number) >= broadAt,
  );
}

/** Prepares each distinct SQL text once per connection. */
export function statementCache(db: Database): (sql: string) => Statement {
  const cache = new Map<string, Statement>();
  return (sql) => {
    let statement = cache.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      cache.set(sql, statement);
    }
    return statement;
  };
}
