import { z } from 'zod';
import { method } from './define';
import type {
  Claim,
  ClaimPage,
  DeletedClaim,
  DeletedExcerpt,
  Excerpt,
  ImportReport,
  LibraryCheck,
  MarkingsInfo,
  ReimportReport,
  SearchResult,
  Source,
  SourcePage,
  SourceSummary,
  SourceVersion,
  SourceVersionText,
  TagCount,
} from '../model/library';
import type { DeletedSource, SourceDeleteImpact } from '../model/library';
import { CLAIM_STATUSES, SEARCH_TYPES } from '../model/library';
import { INFORMATION_CREDIBILITY, SOURCE_RELIABILITY } from '../admiralty';
import { ANALYTIC_CONFIDENCES, LIKELIHOODS } from '../icd203/scale';
import { customSchemeInput } from '../markings';
import { sourceDateProblem } from '../source/sourceDate';
import { languageProblem, SOURCE_TYPES, sourceUrlProblem } from '../source/sourceFields';

const id = z.number().int().positive();
const text = (max: number) => z.string().max(max);
/** A hierarchical tag name such as `region/ukraine`; core normalizes case and spacing. */
export const tagName = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .refine((t) => /[\p{L}\p{N}]/u.test(t), { message: 'a tag needs a letter or digit' });
const tags = z.array(tagName).max(100);
/** A level of the active marking scheme (checked in core), or null to clear. */
const marking = z.string().trim().max(40).nullable();
const isoDate = z.string().superRefine((value, ctx) => {
  const problem = sourceDateProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});
const likelihood = z.enum(LIKELIHOODS);
const confidence = z.enum(ANALYTIC_CONFIDENCES);
/** Admiralty grading halves; null clears. */
const reliability = z.enum(SOURCE_RELIABILITY).nullable();
const credibility = z.literal(INFORMATION_CREDIBILITY, 'credibility is 1 to 6').nullable();
const grading = { reliability: reliability.optional(), credibility: credibility.optional() };
const evidence = z
  .array(z.object({ excerptId: id, relation: z.enum(['supports', 'contradicts']) }).strict())
  .max(500)
  .superRefine((links, ctx) => {
    const seen = new Map<number, string>();
    for (const link of links) {
      const before = seen.get(link.excerptId);
      if (before !== undefined)
        ctx.addIssue({
          code: 'custom',
          message:
            before === link.relation
              ? `excerpt ${link.excerptId} is listed twice`
              : `excerpt ${link.excerptId} cannot both support and contradict the same claim`,
        });
      seen.set(link.excerptId, link.relation);
    }
  });

const relation = z.enum(['supports', 'contradicts']);
/** A stored timestamp (what `new Date().toISOString()` wrote). */
const stamp = z.iso.datetime();
/** Place in a claim's evidence list. */
const position = z.number().int().min(0).max(1_000_000);

/** What `excerpts.delete` returned; core checks it against the source before restoring. */
export const deletedExcerpt = z
  .object({
    id,
    sourceId: id,
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    quote: z.string().min(1).max(5_000_000),
    prefix: z.string().max(1000),
    suffix: z.string().max(1000),
    locator: z.string().max(100).nullable(),
    comment: text(20_000),
    marking,
    anchored: z.boolean(),
    ...grading,
    sourceVersion: z.number().int().min(1).optional(),
    createdAt: stamp,
    updatedAt: stamp,
    tags,
    evidenceFor: z
      .array(z.object({ claimId: id, relation, position }).strict())
      .max(10_000)
      .refine((links) => new Set(links.map((l) => l.claimId)).size === links.length, {
        message: 'a claim appears twice',
      }),
  })
  .strict()
  .refine((v) => v.end > v.start, { message: 'end must be after start', path: ['end'] });

/** What `claims.delete` returned. */
export const deletedClaim = z
  .object({
    id,
    text: text(10_000).trim().min(1),
    likelihood: likelihood.nullable(),
    confidence: confidence.nullable(),
    marking,
    status: z.enum(CLAIM_STATUSES),
    createdAt: stamp,
    updatedAt: stamp,
    tags,
    evidence: z
      .array(z.object({ excerptId: id, relation, position }).strict())
      .max(500)
      .refine((links) => new Set(links.map((l) => l.excerptId)).size === links.length, {
        message: 'an excerpt appears twice',
      }),
  })
  .strict();

/** Refuses a value with the reason `problem` gives (an impossible date, a malformed URL). */
const checked = (schema: z.ZodString, problem: (v: string) => string | null) =>
  schema.superRefine((value, ctx) => {
    const reason = problem(value);
    if (reason) ctx.addIssue({ code: 'custom', message: reason });
  });

/** A creator: a person (family name, optional given names) or an organisation. */
export const creator = z.union([
  z
    .object({
      family: z.string().trim().min(1, 'a person needs a family name').max(200),
      given: z.string().trim().max(200).nullable(),
    })
    .strict(),
  z.object({ literal: z.string().trim().min(1, 'an organisation needs a name').max(300) }).strict(),
]);

/** A source's editable details; every field optional, null clears. */
export const sourceEdit = z
  .object({
    id,
    title: text(1000).trim().min(1, 'a source needs a title').optional(),
    /** The author line; read into creators ("Family, Given; Organisation"). Prefer `creators`. */
    author: text(500).nullable().optional(),
    creators: z.array(creator).max(100).optional(),
    outlet: text(500).nullable().optional(),
    publishedAt: checked(z.string().trim().max(40), sourceDateProblem).nullable().optional(),
    url: checked(z.string().trim().max(2000), sourceUrlProblem).nullable().optional(),
    sourceType: z.enum(SOURCE_TYPES).nullable().optional(),
    language: checked(z.string().trim().max(35), languageProblem).nullable().optional(),
    note: text(20_000).optional(),
    marking: marking.optional(),
    ...grading,
    tags: tags.optional(),
  })
  .strict();

/** Largest upload accepted over the wire (base64 of a 50 MB file, with room). */
export const MAX_IMPORT_BASE64 = 72 * 1024 * 1024;
export const uploadedFile = z
  .object({
    name: z.string().trim().min(1).max(500),
    dataBase64: z.string().max(MAX_IMPORT_BASE64),
  })
  .strict();

export const searchInput = z
  .object({
    text: z.string().max(1000),
    types: z.array(z.enum(SEARCH_TYPES)).max(4).optional(),
    /** A parent tag also matches its children (`region` matches `region/ukraine`). */
    tags: tags.optional(),
    outlet: z.string().trim().max(300).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    limit: z.number().int().min(1).max(200).default(20),
    offset: z.number().int().min(0).max(10_000).default(0),
  })
  .strict();

export const libraryApi = {
  'library.search': method(searchInput).returns<SearchResult>(),
  /** Integrity: SQLite quick_check, foreign keys, full-text indexes, unanchored excerpts. */
  'library.check': method(z.object({}).strict()).returns<LibraryCheck>(),
  /** Writes a backup now into the library's backups folder (the rolling set). */
  'library.backup': method(z.object({}).strict()).returns<{ path: string; bytes: number }>(),

  'sources.list': method(
    z
      .object({
        limit: z.number().int().min(1).max(1000).default(100),
        offset: z.number().int().min(0).default(0),
        tags: tags.optional(),
      })
      .strict(),
  ).returns<SourcePage>(),
  'sources.get': method(z.object({ id }).strict()).returns<Source>(),
  /** Files uploaded by the renderer (browser host); each is imported in its own transaction. */
  'sources.import': method(
    z
      .object({
        files: z.array(uploadedFile).min(1).max(500),
        tags: tags.optional(),
        marking: marking.optional(),
        /** A file already in the library gets this marking and these tags. */
        updateExisting: z.boolean().optional(),
      })
      .strict(),
  ).returns<ImportReport>(),
  /** Asks the host for files with a native dialog (Electron); `unsupported` elsewhere. Null when cancelled. */
  'sources.importChosen': method(
    z.object({ tags: tags.optional(), marking: marking.optional() }).strict(),
  ).returns<ImportReport | null>(),
  /** Replaces a source's text with a new version of the file; excerpts re-anchor. */
  'sources.reimport': method(
    z.object({ id, file: uploadedFile }).strict(),
  ).returns<ReimportReport>(),
  /** Corrects a source's details; cited notes see the change as "changed in library". */
  'sources.update': method(sourceEdit).returns<SourceSummary>(),
  /** What deleting the source would take with it (for the confirmation). */
  'sources.deleteImpact': method(z.object({ id }).strict()).returns<SourceDeleteImpact>(),
  /** Deletes the source with its excerpts; `sources.restore` with the id undoes it. */
  'sources.delete': method(z.object({ id }).strict()).returns<{
    deleted: true;
    restore: DeletedSource;
  }>(),
  /**
   * Undo of `sources.delete`: the same source id, excerpts (same ids), evidence links and tags.
   * `conflict` when the text was imported again meanwhile.
   */
  'sources.restore': method(z.object({ id }).strict()).returns<Source>(),
  /** Earlier texts of a source kept by re-import, newest first. */
  'sources.versions': method(z.object({ id }).strict()).returns<SourceVersion[]>(),
  /** The text of one version of a source (an earlier one, or the current). */
  'sources.versionText': method(
    z.object({ id, version: z.number().int().min(1) }).strict(),
  ).returns<SourceVersionText>(),

  /** From offsets into the source text, or from a quote (with `occurrence` when it repeats). */
  'excerpts.create': method(
    z
      .object({
        sourceId: id,
        start: z.number().int().min(0).optional(),
        end: z.number().int().min(1).optional(),
        quote: z.string().min(1).max(20_000).optional(),
        /** 1-based: which occurrence of `quote`. */
        occurrence: z.number().int().min(1).optional(),
        comment: text(20_000).optional(),
        tags: tags.optional(),
        marking: marking.optional(),
        ...grading,
      })
      .strict()
      .refine((v) => (v.start !== undefined && v.end !== undefined) !== (v.quote !== undefined), {
        message: 'give either start and end, or quote',
      }),
  ).returns<Excerpt>(),
  'excerpts.get': method(z.object({ id }).strict()).returns<Excerpt>(),
  'excerpts.listForSource': method(z.object({ sourceId: id }).strict()).returns<Excerpt[]>(),
  'excerpts.update': method(
    z
      .object({
        id,
        comment: text(20_000).optional(),
        tags: tags.optional(),
        marking: marking.optional(),
        ...grading,
      })
      .strict(),
  ).returns<Excerpt>(),
  /** Returns what `excerpts.restore` needs to bring the excerpt back (undo). */
  'excerpts.delete': method(z.object({ id }).strict()).returns<{
    deleted: true;
    restore: DeletedExcerpt;
  }>(),
  /**
   * Brings a deleted excerpt back with its id, tags, timestamps and evidence links, so notes that
   * cite it find it again. `conflict` when the id is taken or its source is gone; links to claims
   * deleted since are dropped.
   */
  'excerpts.restore': method(deletedExcerpt).returns<Excerpt>(),
  /** Takes the place re-import proposed: the excerpt's quote becomes the words found there. */
  'excerpts.acceptProposal': method(z.object({ id }).strict()).returns<Excerpt>(),
  /** Declines the proposed place; the excerpt stays "not found in this version". */
  'excerpts.rejectProposal': method(z.object({ id }).strict()).returns<Excerpt>(),

  'claims.create': method(
    z
      .object({
        text: text(10_000).trim().min(1),
        likelihood: likelihood.nullable().optional(),
        confidence: confidence.nullable().optional(),
        marking: marking.optional(),
        status: z.enum(CLAIM_STATUSES).optional(),
        tags: tags.optional(),
        evidence: evidence.optional(),
      })
      .strict(),
  ).returns<Claim>(),
  'claims.get': method(z.object({ id }).strict()).returns<Claim>(),
  'claims.list': method(
    z
      .object({
        limit: z.number().int().min(1).max(1000).default(100),
        offset: z.number().int().min(0).default(0),
        tags: tags.optional(),
        /** Claims citing this excerpt as evidence. */
        excerptId: id.optional(),
      })
      .strict(),
  ).returns<ClaimPage>(),
  'claims.update': method(
    z
      .object({
        id,
        text: text(10_000).trim().min(1).optional(),
        likelihood: likelihood.nullable().optional(),
        confidence: confidence.nullable().optional(),
        marking: marking.optional(),
        status: z.enum(CLAIM_STATUSES).optional(),
        tags: tags.optional(),
        /** Replaces the whole evidence list. */
        evidence: evidence.optional(),
      })
      .strict(),
  ).returns<Claim>(),
  /** Returns what `claims.restore` needs to bring the claim back (undo). */
  'claims.delete': method(z.object({ id }).strict()).returns<{
    deleted: true;
    restore: DeletedClaim;
  }>(),
  /**
   * Brings a deleted claim back with its id, tags, timestamps and evidence. `conflict` when the id
   * is taken; evidence excerpts deleted since are dropped.
   */
  'claims.restore': method(deletedClaim).returns<Claim>(),

  'tags.list': method(z.object({}).strict()).returns<TagCount[]>(),
  /** Renames a tag and its children (`region` → `area` also renames `region/ukraine`). */
  'tags.rename': method(z.object({ from: tagName, to: tagName }).strict()).returns<TagCount[]>(),
  /** Moves every link of `from` onto `into`, then removes `from`. */
  'tags.merge': method(z.object({ from: tagName, into: tagName }).strict()).returns<TagCount[]>(),
  /** Removes the tag and its links; never deletes what was tagged. */
  'tags.delete': method(z.object({ name: tagName }).strict()).returns<TagCount[]>(),

  'markings.get': method(z.object({}).strict()).returns<MarkingsInfo>(),
  /** A built-in scheme by id, or `custom` with its own ordered levels and banner colours. */
  'markings.setScheme': method(
    z.union([
      z.object({ id: z.string().max(40) }).strict(),
      z.object({ id: z.literal('custom'), custom: customSchemeInput }).strict(),
    ]),
  ).returns<MarkingsInfo>(),
};
