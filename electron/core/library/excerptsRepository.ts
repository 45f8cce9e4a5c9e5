import type { Database } from 'better-sqlite3';
import { ApiError } from '../../../shared/errors';
import { effectiveMarking, markingRank } from '../../../shared/markings';
import type {
  DeletedExcerpt,
  EvidenceRelation,
  Excerpt,
  ExcerptProposal,
  Graded,
  UnplacedExcerpt,
} from '../../../shared/model';
import { anchorAt, locatorFor, occurrencesOf, type Anchor } from './anchoring';
import { placeInText } from './reanchor';
import type { Creator } from '../../../shared/source/creators';
import { gradingOf, type GradingColumns } from './grading';
import type { MarkingsRepository } from './markingsRepository';
import type { SourcesRepository } from './sourcesRepository';
import { splitTags } from './sourcesRepository';
import type { TagsRepository } from './tagsRepository';
import { nextIdSql } from '../db/migrations/005_retired_ids';
import { writeTransaction } from '../db/writeTransaction';
import { createRowCounts } from './rowCounts';

interface ExcerptRow {
  id: number;
  source_id: number;
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
  locator: string | null;
  comment: string;
  marking: string | null;
  reliability: GradingColumns['reliability'];
  credibility: GradingColumns['credibility'];
  anchored: number;
  source_version: number;
  anchor_version: number | null;
  proposed_start: number | null;
  proposed_end: number | null;
  proposal_score: number | null;
  created_at: string;
  updated_at: string;
  tags: string | null;
  s_title: string;
  s_author: string | null;
  s_outlet: string | null;
  s_published_at: string | null;
  s_url: string | null;
  s_marking: string | null;
  /** The source's structured creators (JSON), when it has them. */
  s_creators: string | null;
  s_reliability: GradingColumns['reliability'];
  s_credibility: GradingColumns['credibility'];
}

const SELECT = `SELECT e.id, e.source_id, e.start, e."end" AS "end", e.quote, e.prefix, e.suffix, e.locator,
    e.comment, e.marking, e.reliability, e.credibility, e.anchored, e.source_version, e.anchor_version, e.proposed_start,
    e.proposed_end, e.proposal_score, e.created_at, e.updated_at,
    (SELECT group_concat(name, char(31)) FROM (SELECT t.name FROM excerpt_tags et JOIN tags t ON t.id = et.tag_id
      WHERE et.excerpt_id = e.id ORDER BY t.name)) AS tags,
    s.title AS s_title, s.author AS s_author, s.outlet AS s_outlet, s.published_at AS s_published_at,
    s.url AS s_url, s.marking AS s_marking, s.reliability AS s_reliability,
    s.credibility AS s_credibility,
    (SELECT d.creators FROM source_details d WHERE d.source_id = s.id) AS s_creators
  FROM excerpts e JOIN sources s ON s.id = e.source_id`;

export interface NewExcerpt {
  sourceId: number;
  start?: number;
  end?: number;
  quote?: string;
  occurrence?: number;
  comment?: string;
  tags?: readonly string[];
  marking?: string | null;
  reliability?: Graded['reliability'];
  credibility?: Graded['credibility'];
}

/**
 * Where a restored excerpt goes in its source's current text: its old offsets when the quote is
 * still there, else wherever its exact quote is found again; null when it stays (or was) unplaced.
 */
function placeRestored(text: string, deleted: DeletedExcerpt): Anchor | null {
  if (!deleted.anchored) return null;
  if (deleted.end <= text.length && text.slice(deleted.start, deleted.end) === deleted.quote)
    return anchorAt(text, deleted.start, deleted.end);
  const placed = placeInText(text, deleted);
  return placed.kind === 'exact' ? placed.anchor : null;
}

/** A proposal is stored as offsets; its words and context are read from the current text. */
function proposalIn(
  text: string,
  start: number | null,
  end: number | null,
  score: number | null,
): ExcerptProposal | null {
  if (start === null || end === null || end > text.length || start >= end) return null;
  return { ...anchorAt(text, start, end), score: score ?? 0 };
}

export function createExcerptsRepository(
  db: Database,
  sources: SourcesRepository,
  tags: TagsRepository,
  markings: MarkingsRepository,
  now: () => Date = () => new Date(),
) {
  const rowCount = createRowCounts(db);
  const s = {
    get: db.prepare<[number], ExcerptRow>(`${SELECT} WHERE e.id = ?`),
    forSource: db.prepare<[number], ExcerptRow>(
      `${SELECT} WHERE e.source_id = ? ORDER BY e.start, e.id`,
    ),
    insert: db.prepare(
      `INSERT INTO excerpts (id, source_id, start, "end", quote, prefix, suffix, locator, comment, marking,
         source_version, anchor_version, created_at, updated_at)
       VALUES (${nextIdSql('excerpts')}, @sourceId, @start, @end, @quote, @prefix, @suffix, @locator, @comment, @marking,
         @version, @version, @stamp, @stamp)`,
    ),
    // Placed in the current text (exactly, or by accepting a proposal).
    place: db.prepare(
      `UPDATE excerpts SET start = @start, "end" = @end, quote = @quote, prefix = @prefix, suffix = @suffix,
         locator = @locator, anchored = 1, anchor_version = @version, proposed_start = NULL,
         proposed_end = NULL, proposal_score = NULL, updated_at = @stamp WHERE id = @id`,
    ),
    // Not placed: the quote, context and old offsets (into anchor_version) stay as they were.
    unplace: db.prepare(
      `UPDATE excerpts SET anchored = 0, proposed_start = @proposedStart, proposed_end = @proposedEnd,
         proposal_score = @proposalScore, updated_at = @stamp WHERE id = @id`,
    ),
    clearProposal: db.prepare<[string, number]>(
      `UPDATE excerpts SET proposed_start = NULL, proposed_end = NULL, proposal_score = NULL,
         updated_at = ? WHERE id = ?`,
    ),
    insertAs: db.prepare(
      `INSERT INTO excerpts (id, source_id, start, "end", quote, prefix, suffix, locator, comment, marking,
         anchored, source_version, anchor_version, created_at, updated_at)
       VALUES (@id, @sourceId, @start, @end, @quote, @prefix, @suffix, @locator, @comment, @marking,
         @anchored, @sourceVersion, @anchorVersion, @createdAt, @updatedAt)`,
    ),
    sourceText: db.prepare<[number], { text: string }>('SELECT text FROM sources WHERE id = ?'),
    // The claims this excerpt is evidence for (claim_evidence links both; undo needs them back).
    evidenceFor: db.prepare<
      [number],
      { claimId: number; relation: EvidenceRelation; position: number }
    >(
      `SELECT claim_id AS claimId, relation, position FROM claim_evidence WHERE excerpt_id = ?
       ORDER BY claim_id`,
    ),
    claimExists: db.prepare<[number], number>('SELECT 1 FROM claims WHERE id = ?').pluck(),
    relink: db.prepare<[number, number, string, number]>(
      'INSERT INTO claim_evidence (claim_id, excerpt_id, relation, position) VALUES (?, ?, ?, ?)',
    ),
    remove: db.prepare<[number]>('DELETE FROM excerpts WHERE id = ?'),
    setGrading: db.prepare<{ id: number; reliability: string | null; credibility: number | null }>(
      'UPDATE excerpts SET reliability = @reliability, credibility = @credibility WHERE id = @id',
    ),
    sourceMarking: db.prepare<[number], { marking: string | null }>(
      'SELECT marking FROM sources WHERE id = ?',
    ),
  };

  const toExcerpt = (row: ExcerptRow, currentText?: string): Excerpt => {
    const scheme = markings.active();
    const own = gradingOf(row);
    const fromSource = gradingOf({
      reliability: row.s_reliability,
      credibility: row.s_credibility,
    });
    const placed = row.anchored === 1;
    const proposal =
      !placed && row.proposed_start !== null
        ? proposalIn(
            currentText ?? s.sourceText.get(row.source_id)?.text ?? '',
            row.proposed_start,
            row.proposed_end,
            row.proposal_score,
          )
        : null;
    return {
      id: row.id,
      sourceId: row.source_id,
      // An unplaced excerpt's offsets point into an earlier text: never hand them out as current.
      start: placed ? row.start : null,
      end: placed ? row.end : null,
      quote: row.quote,
      prefix: row.prefix,
      suffix: row.suffix,
      locator: row.locator,
      comment: row.comment,
      marking: row.marking,
      effectiveMarking: effectiveMarking(scheme, row.s_marking, row.marking) ?? row.s_marking,
      ...own,
      effectiveGrading: {
        reliability: own.reliability ?? fromSource.reliability,
        credibility: own.credibility ?? fromSource.credibility,
      },
      anchored: placed,
      sourceVersion: row.source_version,
      proposal,
      lastPlace:
        !placed && row.anchor_version !== null
          ? { version: row.anchor_version, start: row.start, end: row.end }
          : null,
      tags: splitTags(row.tags),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      source: {
        sourceId: row.source_id,
        title: row.s_title,
        author: row.s_author,
        outlet: row.s_outlet,
        publishedAt: row.s_published_at,
        url: row.s_url,
        marking: row.s_marking,
        // Citation styles invert, abbreviate and sort people, and print organisations as named.
        ...(row.s_creators ? { creators: JSON.parse(row.s_creators) as Creator[] } : {}),
      },
    };
  };

  /** An excerpt keeps its own marking only when it is stricter than its source's. */
  const ownMarking = (sourceMarking: string | null, marking: string | null): string | null => {
    const scheme = markings.active();
    return markingRank(scheme, marking) > markingRank(scheme, sourceMarking) ? marking : null;
  };

  const locate = (
    sourceId: number,
    input: NewExcerpt,
  ): { anchor: Anchor; locator: string; version: number } => {
    const { text, pageOffsets, version } = sources.textOf(sourceId);
    let anchor: Anchor;
    if (input.quote !== undefined) {
      const found = occurrencesOf(text, input.quote);
      if (found.length === 0) {
        throw new ApiError('not_found', `The quote does not occur in source ${sourceId}.`);
      }
      if (found.length > 1 && input.occurrence === undefined) {
        throw new ApiError(
          'conflict',
          `The quote occurs ${found.length} times in source ${sourceId}; say which occurrence (1–${found.length}).`,
        );
      }
      const index = (input.occurrence ?? 1) - 1;
      if (index >= found.length) {
        throw new ApiError(
          'bad_request',
          `The quote occurs only ${found.length} time(s); occurrence ${input.occurrence} does not exist.`,
        );
      }
      anchor = anchorAt(text, found[index]!, found[index]! + input.quote.length);
    } else {
      const start = input.start!;
      const end = input.end!;
      if (start >= end || end > text.length) {
        throw new ApiError(
          'bad_request',
          `The range ${start}–${end} is outside the source text (0–${text.length}).`,
        );
      }
      if (text.slice(start, end).trim() === '') {
        throw new ApiError('bad_request', 'The range holds only whitespace.');
      }
      anchor = anchorAt(text, start, end);
    }
    return { anchor, locator: locatorFor(text, anchor.start, pageOffsets), version };
  };

  const repo = {
    create: writeTransaction(db, (input: NewExcerpt): number => {
      const source = sources.snapshot(input.sourceId);
      const { anchor, locator, version } = locate(input.sourceId, input);
      const marking = ownMarking(source.marking, markings.normalize(input.marking));
      const id = Number(
        s.insert.run({
          sourceId: input.sourceId,
          ...anchor,
          locator,
          comment: input.comment ?? '',
          marking,
          version,
          stamp: now().toISOString(),
        }).lastInsertRowid,
      );
      tags.setFor('excerpt', id, input.tags ?? []);
      if (input.reliability || input.credibility)
        s.setGrading.run({
          id,
          reliability: input.reliability ?? null,
          credibility: input.credibility ?? null,
        });
      return id;
    }),
    get(id: number): Excerpt {
      const row = s.get.get(id);
      if (!row) throw new ApiError('not_found', `There is no excerpt with id ${id}.`);
      return toExcerpt(row);
    },
    exists(id: number): boolean {
      return s.get.get(id) !== undefined;
    },
    listForSource(sourceId: number): Excerpt[] {
      const { text } = sources.textOf(sourceId);
      return s.forSource.all(sourceId).map((row) => toExcerpt(row, text));
    },
    update: writeTransaction(
      db,
      (
        id: number,
        fields: {
          comment?: string;
          tags?: readonly string[];
          marking?: string | null;
        } & Partial<Graded>,
      ) => {
        const current = repo.get(id);
        const sets: string[] = [];
        const values: Record<string, unknown> = { id, stamp: now().toISOString() };
        if (fields.comment !== undefined) {
          sets.push('comment = @comment');
          values.comment = fields.comment;
        }
        if (fields.marking !== undefined) {
          sets.push('marking = @marking');
          values.marking = ownMarking(current.source.marking, markings.normalize(fields.marking));
        }
        for (const half of ['reliability', 'credibility'] as const) {
          if (fields[half] === undefined) continue;
          sets.push(`${half} = @${half}`);
          values[half] = fields[half];
        }
        db.prepare(
          `UPDATE excerpts SET ${[...sets, 'updated_at = @stamp'].join(', ')} WHERE id = @id`,
        ).run(values);
        if (fields.tags) tags.setFor('excerpt', id, fields.tags);
      },
    ),
    /** Deletes the excerpt (its tags and evidence links go with it) and returns it as it was. */
    delete: writeTransaction(db, (id: number): DeletedExcerpt => {
      const row = s.get.get(id);
      if (!row) throw new ApiError('not_found', `There is no excerpt with id ${id}.`);
      const deleted: DeletedExcerpt = {
        id: row.id,
        sourceId: row.source_id,
        start: row.start,
        end: row.end,
        quote: row.quote,
        prefix: row.prefix,
        suffix: row.suffix,
        locator: row.locator,
        comment: row.comment,
        marking: row.marking,
        anchored: row.anchored === 1,
        ...gradingOf(row),
        sourceVersion: row.source_version,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
        tags: splitTags(row.tags),
        evidenceFor: s.evidenceFor.all(id),
      };
      s.remove.run(id);
      return deleted;
    }),
    /**
     * Undo of `delete`: the same id, place, tags, timestamps and evidence links. The snapshot
     * comes back from outside, so it is checked against the source: a quote that no longer sits
     * at its offsets (the source was re-imported meanwhile) is re-anchored like any other.
     */
    restore: writeTransaction(db, (deleted: DeletedExcerpt): number => {
      if (s.get.get(deleted.id))
        throw new ApiError(
          'conflict',
          `Excerpt ${deleted.id} cannot be restored: another excerpt already has its id.`,
        );
      const source = s.sourceMarking.get(deleted.sourceId);
      if (source === undefined)
        throw new ApiError(
          'conflict',
          `Excerpt ${deleted.id} cannot be restored: its source (id ${deleted.sourceId}) has been deleted.`,
        );
      const { text, pageOffsets, version } = sources.textOf(deleted.sourceId);
      const placed = placeRestored(text, deleted);
      s.insertAs.run({
        id: deleted.id,
        sourceId: deleted.sourceId,
        sourceVersion: Math.min(deleted.sourceVersion ?? version, version),
        ...(placed
          ? {
              ...placed,
              locator: locatorFor(text, placed.start, pageOffsets),
              anchored: 1,
              anchorVersion: version,
            }
          : {
              start: deleted.start,
              end: deleted.end,
              quote: deleted.quote,
              prefix: deleted.prefix,
              suffix: deleted.suffix,
              locator: deleted.locator,
              anchored: 0,
              anchorVersion: null,
            }),
        comment: deleted.comment,
        marking: ownMarking(source.marking, markings.normalize(deleted.marking)),
        createdAt: deleted.createdAt,
        updatedAt: deleted.updatedAt,
      });
      tags.setFor('excerpt', deleted.id, deleted.tags);
      s.setGrading.run({
        id: deleted.id,
        reliability: deleted.reliability ?? null,
        credibility: deleted.credibility ?? null,
      });
      // Claims deleted since keep nothing to link back to.
      for (const link of deleted.evidenceFor)
        if (s.claimExists.get(link.claimId))
          s.relink.run(link.claimId, deleted.id, link.relation, link.position);
      return deleted.id;
    }),
    /**
     * After a source's text changed: finds every excerpt again, its exact quote first. One found
     * only approximately is left unplaced with a proposal for the analyst; one not found at all is
     * left unplaced. Unplaced excerpts keep their quote and context, and are never deleted.
     */
    reanchorSource(sourceId: number): { reanchored: number; unplaced: UnplacedExcerpt[] } {
      const { text, pageOffsets, version } = sources.textOf(sourceId);
      const stamp = now().toISOString();
      let reanchored = 0;
      const unplaced: UnplacedExcerpt[] = [];
      for (const row of s.forSource.all(sourceId)) {
        const placement = placeInText(text, row);
        if (placement.kind === 'exact') {
          s.place.run({
            id: row.id,
            ...placement.anchor,
            locator: locatorFor(text, placement.anchor.start, pageOffsets),
            version,
            stamp,
          });
          reanchored++;
          continue;
        }
        const proposal =
          placement.kind === 'proposed' ? { ...placement.anchor, score: placement.score } : null;
        s.unplace.run({
          id: row.id,
          proposedStart: proposal?.start ?? null,
          proposedEnd: proposal?.end ?? null,
          proposalScore: proposal?.score ?? null,
          stamp,
        });
        unplaced.push({ excerptId: row.id, quote: row.quote, proposal });
      }
      return { reanchored, unplaced };
    },
    /** The analyst agrees the proposed words are the excerpt: it takes them as its quote. */
    acceptProposal: writeTransaction(db, (id: number): void => {
      const excerpt = repo.get(id);
      if (!excerpt.proposal)
        throw new ApiError('conflict', `Excerpt ${id} has no proposed place to accept.`);
      const { text, pageOffsets, version } = sources.textOf(excerpt.sourceId);
      const anchor = anchorAt(text, excerpt.proposal.start, excerpt.proposal.end);
      s.place.run({
        id,
        ...anchor,
        locator: locatorFor(text, anchor.start, pageOffsets),
        version,
        stamp: now().toISOString(),
      });
    }),
    /** The analyst says the proposed words are not the excerpt: it stays unplaced. */
    rejectProposal(id: number): void {
      const excerpt = repo.get(id);
      if (!excerpt.proposal)
        throw new ApiError('conflict', `Excerpt ${id} has no proposed place to reject.`);
      s.clearProposal.run(now().toISOString(), id);
    },
    count(): number {
      return rowCount('excerpts');
    },
  };
  return repo;
}

export type ExcerptsRepository = ReturnType<typeof createExcerptsRepository>;
