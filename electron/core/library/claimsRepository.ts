import type { Database } from 'better-sqlite3';
import { ApiError } from '../../../shared/errors';
import type {
  Claim,
  ClaimPage,
  ClaimStatus,
  ClaimSummary,
  DeletedClaim,
} from '../../../shared/model';
import type {
  AnalyticConfidence,
  EvidenceRelation,
  Likelihood,
} from '../../../shared/note/serializedNodes';
import type { ExcerptsRepository } from './excerptsRepository';
import type { MarkingsRepository } from './markingsRepository';
import { splitTags } from './sourcesRepository';
import { likeEscape, normalizeTagName } from './tagNames';
import type { TagsRepository } from './tagsRepository';
import { nextIdSql } from '../db/migrations/005_retired_ids';
import { writeTransaction } from '../db/writeTransaction';
import { createRowCounts } from './rowCounts';

interface ClaimRow {
  id: number;
  text: string;
  likelihood: Likelihood | null;
  confidence: AnalyticConfidence | null;
  marking: string | null;
  status: ClaimStatus;
  created_at: string;
  updated_at: string;
  tags: string | null;
  evidence_count: number;
}

const SELECT = `SELECT c.id, c.text, c.likelihood, c.confidence, c.marking, c.status, c.created_at, c.updated_at,
    (SELECT group_concat(name, char(31)) FROM (SELECT t.name FROM claim_tags ct JOIN tags t ON t.id = ct.tag_id
      WHERE ct.claim_id = c.id ORDER BY t.name)) AS tags,
    (SELECT count(*) FROM claim_evidence ce WHERE ce.claim_id = c.id) AS evidence_count
  FROM claims c`;

export interface EvidenceLink {
  excerptId: number;
  relation: EvidenceRelation;
}

export interface ClaimFields {
  text?: string;
  likelihood?: Likelihood | null;
  confidence?: AnalyticConfidence | null;
  /** A level of the active scheme (normalized here); null clears. */
  marking?: string | null;
  status?: ClaimStatus;
  tags?: readonly string[];
  evidence?: readonly EvidenceLink[];
}

export function createClaimsRepository(
  db: Database,
  excerpts: ExcerptsRepository,
  tags: TagsRepository,
  markings: MarkingsRepository,
  now: () => Date = () => new Date(),
) {
  const rowCount = createRowCounts(db);
  const s = {
    get: db.prepare<[number], ClaimRow>(`${SELECT} WHERE c.id = ?`),
    insert: db.prepare(
      `INSERT INTO claims (id, text, likelihood, confidence, marking, status, created_at, updated_at)
       VALUES (${nextIdSql('claims')}, @text, @likelihood, @confidence, @marking, @status, @stamp, @stamp)`,
    ),
    evidence: db.prepare<[number], { excerpt_id: number; relation: EvidenceRelation }>(
      'SELECT excerpt_id, relation FROM claim_evidence WHERE claim_id = ? ORDER BY position, excerpt_id',
    ),
    clearEvidence: db.prepare<[number]>('DELETE FROM claim_evidence WHERE claim_id = ?'),
    addEvidence: db.prepare<[number, number, string, number]>(
      `INSERT INTO claim_evidence (claim_id, excerpt_id, relation, position) VALUES (?, ?, ?, ?)
       ON CONFLICT(claim_id, excerpt_id) DO UPDATE SET relation = excluded.relation`,
    ),
    insertAs: db.prepare(
      `INSERT INTO claims (id, text, likelihood, confidence, marking, status, created_at, updated_at)
       VALUES (@id, @text, @likelihood, @confidence, @marking, @status, @createdAt, @updatedAt)`,
    ),
    links: db.prepare<
      [number],
      { excerptId: number; relation: EvidenceRelation; position: number }
    >(
      `SELECT excerpt_id AS excerptId, relation, position FROM claim_evidence WHERE claim_id = ?
       ORDER BY position, excerpt_id`,
    ),
    relink: db.prepare<[number, number, string, number]>(
      'INSERT INTO claim_evidence (claim_id, excerpt_id, relation, position) VALUES (?, ?, ?, ?)',
    ),
    remove: db.prepare<[number]>('DELETE FROM claims WHERE id = ?'),
  };

  const setEvidence = (claimId: number, evidence: readonly EvidenceLink[]) => {
    s.clearEvidence.run(claimId);
    evidence.forEach((link, position) => {
      if (!excerpts.exists(link.excerptId))
        throw new ApiError('not_found', `There is no excerpt with id ${link.excerptId}.`);
      s.addEvidence.run(claimId, link.excerptId, link.relation, position);
    });
  };

  const toSummary = (row: ClaimRow): ClaimSummary => ({
    id: row.id,
    text: row.text,
    likelihood: row.likelihood,
    confidence: row.confidence,
    marking: row.marking,
    status: row.status,
    tags: splitTags(row.tags),
    evidenceCount: row.evidence_count,
    updatedAt: row.updated_at,
  });

  const repo = {
    create: writeTransaction(db, (fields: ClaimFields & { text: string }): number => {
      const stamp = now().toISOString();
      const id = Number(
        s.insert.run({
          text: fields.text.trim(),
          likelihood: fields.likelihood ?? null,
          confidence: fields.confidence ?? null,
          marking: markings.normalize(fields.marking),
          status: fields.status ?? 'open',
          stamp,
        }).lastInsertRowid,
      );
      tags.setFor('claim', id, fields.tags ?? []);
      setEvidence(id, fields.evidence ?? []);
      return id;
    }),
    get(id: number): Claim {
      const row = s.get.get(id);
      if (!row) throw new ApiError('not_found', `There is no claim with id ${id}.`);
      return {
        id: row.id,
        text: row.text,
        likelihood: row.likelihood,
        confidence: row.confidence,
        marking: row.marking,
        status: row.status,
        tags: splitTags(row.tags),
        createdAt: row.created_at,
        updatedAt: row.updated_at,
        evidence: s.evidence.all(id).map((link) => {
          const excerpt = excerpts.get(link.excerpt_id);
          return {
            excerptId: excerpt.id,
            relation: link.relation,
            quote: excerpt.quote,
            locator: excerpt.locator,
            marking: excerpt.effectiveMarking,
            source: excerpt.source,
            ...excerpt.effectiveGrading,
          };
        }),
      };
    },
    list(
      limit: number,
      offset: number,
      filter: { tags?: readonly string[]; excerptId?: number } = {},
    ): ClaimPage {
      const where: string[] = [];
      const params: unknown[] = [];
      if (filter.tags?.length) {
        where.push(
          `c.id IN (SELECT claim_id FROM claim_tags WHERE tag_id IN (SELECT id FROM tags WHERE ${filter.tags
            .map(() => "name = ? OR name LIKE ? ESCAPE '\\'")
            .join(' OR ')}))`,
        );
        for (const t of filter.tags) {
          const n = normalizeTagName(t);
          params.push(n, `${likeEscape(n)}/%`);
        }
      }
      if (filter.excerptId !== undefined) {
        where.push('c.id IN (SELECT claim_id FROM claim_evidence WHERE excerpt_id = ?)');
        params.push(filter.excerptId);
      }
      const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
      const rows = db
        .prepare(`${SELECT} ${clause} ORDER BY c.updated_at DESC, c.id DESC LIMIT ? OFFSET ?`)
        .all(...params, limit, offset) as ClaimRow[];
      const total = clause
        ? (db
            .prepare(`SELECT count(*) FROM claims c ${clause}`)
            .pluck()
            .get(...params) as number)
        : rowCount('claims');
      return { items: rows.map(toSummary), total };
    },
    update: writeTransaction(db, (id: number, fields: ClaimFields): void => {
      if (!s.get.get(id)) throw new ApiError('not_found', `There is no claim with id ${id}.`);
      const sets: string[] = ['updated_at = @stamp'];
      const values: Record<string, unknown> = { id, stamp: now().toISOString() };
      if (fields.text !== undefined) {
        sets.push('text = @text');
        values.text = fields.text.trim();
      }
      if (fields.likelihood !== undefined) {
        sets.push('likelihood = @likelihood');
        values.likelihood = fields.likelihood;
      }
      if (fields.confidence !== undefined) {
        sets.push('confidence = @confidence');
        values.confidence = fields.confidence;
      }
      if (fields.marking !== undefined) {
        sets.push('marking = @marking');
        values.marking = markings.normalize(fields.marking);
      }
      if (fields.status !== undefined) {
        sets.push('status = @status');
        values.status = fields.status;
      }
      db.prepare(`UPDATE claims SET ${sets.join(', ')} WHERE id = @id`).run(values);
      if (fields.tags) tags.setFor('claim', id, fields.tags);
      if (fields.evidence) setEvidence(id, fields.evidence);
    }),
    /** Deletes the claim (its tags and evidence links go with it) and returns it as it was. */
    delete: writeTransaction(db, (id: number): DeletedClaim => {
      const row = s.get.get(id);
      if (!row) throw new ApiError('not_found', `There is no claim with id ${id}.`);
      const deleted: DeletedClaim = {
        id: row.id,
        text: row.text,
        likelihood: row.likelihood,
        confidence: row.confidence,
        marking: row.marking,
        status: row.status,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
        tags: splitTags(row.tags),
        evidence: s.links.all(id),
      };
      s.remove.run(id);
      return deleted;
    }),
    /** Undo of `delete`: the same id, text, tags, timestamps and evidence (in its order). */
    restore: writeTransaction(db, (deleted: DeletedClaim): number => {
      if (s.get.get(deleted.id))
        throw new ApiError(
          'conflict',
          `Claim ${deleted.id} cannot be restored: another claim already has its id.`,
        );
      s.insertAs.run({
        id: deleted.id,
        text: deleted.text.trim(),
        likelihood: deleted.likelihood,
        confidence: deleted.confidence,
        marking: markings.normalize(deleted.marking),
        status: deleted.status,
        createdAt: deleted.createdAt,
        updatedAt: deleted.updatedAt,
      });
      tags.setFor('claim', deleted.id, deleted.tags);
      // Evidence excerpts deleted since have nothing to link back to.
      for (const link of deleted.evidence)
        if (excerpts.exists(link.excerptId))
          s.relink.run(deleted.id, link.excerptId, link.relation, link.position);
      return deleted.id;
    }),
    count(): number {
      return rowCount('claims');
    },
  };
  return repo;
}

export type ClaimsRepository = ReturnType<typeof createClaimsRepository>;
