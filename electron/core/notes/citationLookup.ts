import type { Database } from 'better-sqlite3';
import type { CitationLookup, ClaimLookup, ExcerptLookup } from '../../../shared/model/notes';
import type {
  AnalyticConfidence,
  ClaimEvidenceSnapshot,
  EvidenceRelation,
  Likelihood,
  SourceSnapshot,
} from '../../../shared/note/serializedNodes';

interface SourceRow {
  id: number;
  title: string;
  author: string | null;
  outlet: string | null;
  published_at: string | null;
  url: string | null;
  marking: string | null;
}

interface ExcerptRow extends SourceRow {
  excerpt_id: number;
  quote: string;
  locator: string | null;
  excerpt_marking: string | null;
}

const toSource = (row: SourceRow): SourceSnapshot => ({
  sourceId: row.id,
  title: row.title,
  author: row.author,
  outlet: row.outlet,
  publishedAt: row.published_at,
  url: row.url,
  marking: row.marking,
});

const toExcerpt = (row: ExcerptRow): ExcerptLookup => ({
  quote: row.quote,
  locator: row.locator,
  // An excerpt keeps its own marking only when stricter than its source's.
  marking: row.excerpt_marking ?? row.marking,
  source: toSource(row),
});

/**
 * Read-only lookups of the library rows a note cites, in a few batched queries, so the editor can
 * compare each node's snapshot with the library and flag changed or removed items.
 */
export function createCitationLookup(db: Database) {
  const source = db.prepare<[number], SourceRow>(
    'SELECT id, title, author, outlet, published_at, url, marking FROM sources WHERE id = ?',
  );
  const excerpt = db.prepare<[number], ExcerptRow>(
    `SELECT e.id AS excerpt_id, e.quote, e.locator, e.marking AS excerpt_marking,
            s.id, s.title, s.author, s.outlet, s.published_at, s.url, s.marking
     FROM excerpts e JOIN sources s ON s.id = e.source_id WHERE e.id = ?`,
  );
  const claim = db.prepare<
    [number],
    {
      text: string;
      likelihood: Likelihood | null;
      confidence: AnalyticConfidence | null;
      marking: string | null;
    }
  >('SELECT text, likelihood, confidence, marking FROM claims WHERE id = ?');
  const evidence = db.prepare<[number], ExcerptRow & { relation: EvidenceRelation }>(
    `SELECT ce.relation, e.id AS excerpt_id, e.quote, e.locator, e.marking AS excerpt_marking,
            s.id, s.title, s.author, s.outlet, s.published_at, s.url, s.marking
     FROM claim_evidence ce JOIN excerpts e ON e.id = ce.excerpt_id
     JOIN sources s ON s.id = e.source_id
     WHERE ce.claim_id = ? ORDER BY ce.position, e.id`,
  );

  const lookup = db.transaction(
    (excerptIds: number[], claimIds: number[], sourceIds: number[]): CitationLookup => {
      const result: CitationLookup = { excerpts: {}, claims: {}, sources: {} };
      for (const id of new Set(excerptIds)) {
        const row = excerpt.get(id);
        result.excerpts[id] = row ? toExcerpt(row) : null;
      }
      for (const id of new Set(claimIds)) {
        const row = claim.get(id);
        result.claims[id] = row
          ? ({
              text: row.text,
              likelihood: row.likelihood,
              confidence: row.confidence,
              marking: row.marking,
              evidence: evidence.all(id).map((e): ClaimEvidenceSnapshot => ({
                excerptId: e.excerpt_id,
                relation: e.relation,
                ...toExcerpt(e),
              })),
            } satisfies ClaimLookup)
          : null;
      }
      for (const id of new Set(sourceIds)) {
        const row = source.get(id);
        result.sources[id] = row ? toSource(row) : null;
      }
      return result;
    },
  );

  return { lookup };
}

export type CitationLookupService = ReturnType<typeof createCitationLookup>;
