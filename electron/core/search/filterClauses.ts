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
 */
export function filterClauses(
  spec: FilterSpec,
  idColumn: string,
  outletColumn: string,
  filters: Filters,
): { clauses: string[]; params: unknown[] } | null {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (filters.tags?.length) {
    if (!spec.tagLink) return null;
    const names = filters.tags.map(normalizeTagName);
    const tagIds = `SELECT id FROM tags WHERE ${names.map(() => "name = ? OR name LIKE ? ESCAPE '\\'").join(' OR ')}`;
    const tagParams = names.flatMap((n) => [n, `${likeEscape(n)}/%`]);
    const own = `${idColumn} IN (SELECT ${spec.tagLink.column} FROM ${spec.tagLink.table} WHERE tag_id IN (${tagIds}))`;
    if (spec.tagLink.sourceLevel) {
      clauses.push(
        `(${own} OR x.source_id IN (SELECT source_id FROM source_tags WHERE tag_id IN (${tagIds})))`,
      );
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
