import type { BibliographyEntry, FormattedCitations } from '../../../../shared/citations/cslEngine';
import { styledToPlain } from '../../../../shared/citations/cslHtml';
import type { Brief } from '../brief/model';
import { attribution } from './attribution';
import { noteDestination, noteNumber, styledRuns, type PdfCitations } from './citations';
import { excerptBlock, rule, tocEntry, type BlockContext } from './blocks';
import { PALETTE } from './theme';
import type { PdfBlock } from './types';

function sectionHeading(ctx: BlockContext, text: string): PdfBlock {
  return { text, style: 'h2', headlineLevel: 2, margin: [0, 18, 0, 8], ...tocEntry(ctx, 0) };
}

/** One note's text (for endnotes and footers): its number, then what the style made of it. */
export function noteLine(citations: PdfCitations, cluster: number, style: string): PdfBlock {
  const n = noteNumber(cluster);
  return {
    text: [
      { text: `${n}. `, bold: true, color: PALETTE.accent },
      ...styledRuns(citations.formatted.clusters[cluster] ?? []),
    ],
    style,
    id: noteDestination(n),
  };
}

/** Endnotes, when a note style was asked to put its notes at the end. */
export function endnotes(ctx: BlockContext, brief: Brief): PdfBlock[] {
  const { citations } = ctx;
  if (citations.formatted.kind !== 'note' || citations.placement !== 'endnotes') return [];
  const lines = brief.clusters
    .filter((c) => c.items.length > 0)
    .map((c) => noteLine(citations, c.id, 'endnote'));
  if (lines.length === 0) return [];
  return [sectionHeading(ctx, 'Notes'), ...lines];
}

/** APA and Chicago both ask for a half-inch hanging indent. */
export const HANGING_INDENT_PT = 36;

/** Wide enough for the longest label ("[12]", "12.") at the list's size, so the texts align. */
const labelWidth = (entries: readonly BibliographyEntry[]) =>
  6 + 5 * Math.max(...entries.map((e) => styledToPlain(e.label ?? []).length));

/**
 * One entry as the style sets it out. pdfmake has no hanging indent: the paragraph is indented
 * and its first line pulled back to the margin by a negative `leadingIndent`, which pdfmake
 * applies to the first line only. A numeric label gets a column of its own instead.
 */
function bibliographyEntry(
  entry: BibliographyEntry,
  layout: FormattedCitations['bibliographyLayout'],
  labelColumn: number,
): PdfBlock {
  const common = { id: `source-${entry.sourceId}`, margin: [0, 0, 0, 5] };
  if (layout === 'labelled' && entry.label)
    return {
      ...common,
      columns: [
        { width: labelColumn, text: styledRuns(entry.label), style: 'source' },
        { width: '*', text: styledRuns(entry.body), style: 'source' },
      ],
      columnGap: 4,
    };
  if (layout === 'hanging')
    return {
      ...common,
      text: styledRuns(entry.text),
      style: 'source',
      margin: [HANGING_INDENT_PT, 0, 0, 5],
      leadingIndent: -HANGING_INDENT_PT,
    };
  return { ...common, text: styledRuns(entry.text), style: 'source' };
}

/** The style's reference list or bibliography, in the style's own order and layout. */
export function bibliography(ctx: BlockContext, brief: Brief, sourcesList: boolean): PdfBlock[] {
  const { bibliography: entries, bibliographyLayout } = ctx.citations.formatted;
  if (!sourcesList || brief.sources.length === 0 || entries.length === 0) return [];
  const labelColumn = labelWidth(entries);
  return [
    rule(ctx.paper),
    {
      ...(sectionHeading(ctx, ctx.citations.formatted.bibliographyTitle) as object),
      id: 'bibliography',
    },
    ...entries.map((entry) => bibliographyEntry(entry, bibliographyLayout, labelColumn)),
  ];
}

/** Each claim with the excerpts that support or contradict it; a claim keeps its first item. */
export function evidenceAnnex(ctx: BlockContext, brief: Brief): PdfBlock[] {
  if (brief.annex.length === 0) return [];
  const out: PdfBlock[] = [sectionHeading(ctx, 'Evidence annex')];
  for (const claim of brief.annex) {
    const head: PdfBlock = {
      text: [
        { text: `Claim ${claim.number}. `, bold: true },
        { text: claim.text },
        ...(claim.likelihood
          ? [{ text: ` Likelihood: ${claim.likelihood.toLowerCase()}.`, italics: true }]
          : []),
        ...(claim.confidence
          ? [{ text: ` Analytic confidence: ${claim.confidence}.`, italics: true }]
          : []),
      ],
      style: 'body',
      margin: [0, 6, 0, 4],
    };
    const items = claim.evidence.map((e) => {
      const color = e.relation === 'supports' ? PALETTE.supports : PALETTE.contradicts;
      return excerptBlock(
        ctx,
        e.snapshot.quote,
        e.cluster,
        [
          ...attribution(e.snapshot.source, e.snapshot.locator),
          ...(e.grading ? [{ text: ` · Grading ${e.grading}` }] : []),
        ],
        null,
        color,
        [
          {
            text: e.relation === 'supports' ? 'SUPPORTS' : 'CONTRADICTS',
            style: 'claimLabel',
            color,
          },
        ],
        8,
      );
    });
    if (items.length === 0) {
      out.push({
        stack: [head, { text: 'No evidence linked.', style: 'attribution', margin: [12, 0, 0, 6] }],
        unbreakable: true,
      });
      continue;
    }
    // The claim never ends a page without its first piece of evidence.
    out.push({ stack: [head, items[0]!], unbreakable: true }, ...items.slice(1));
  }
  return out;
}
