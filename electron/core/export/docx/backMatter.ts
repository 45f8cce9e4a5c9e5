import { HeadingLevel, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import type { BibliographyEntry, FormattedCitations } from '../../../../shared/citations/cslEngine';
import type { Brief } from '../brief/model';
import { noteNumber } from '../pdf/citations';
import { quoteParagraphs, type DocxContext } from './blocks';
import { COLOURS, styledRuns } from './runs';

const heading = (text: string) =>
  new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(text)], keepNext: true });

/** Word footnotes for a note style: number → the note's paragraph. */
export function footnotes(
  ctx: DocxContext,
  brief: Brief,
): Record<string, { children: Paragraph[] }> {
  const { citations } = ctx;
  if (citations.formatted.kind !== 'note' || citations.placement !== 'footnotes') return {};
  const notes: Record<string, { children: Paragraph[] }> = {};
  for (const cluster of brief.clusters) {
    if (cluster.items.length === 0) continue;
    notes[String(noteNumber(cluster.id))] = {
      children: [
        new Paragraph({ children: styledRuns(citations.formatted.clusters[cluster.id] ?? []) }),
      ],
    };
  }
  return notes;
}

export function endnotes(ctx: DocxContext, brief: Brief): Paragraph[] {
  const { citations } = ctx;
  if (citations.formatted.kind !== 'note' || citations.placement !== 'endnotes') return [];
  const lines = brief.clusters
    .filter((c) => c.items.length > 0)
    .map(
      (c) =>
        new Paragraph({
          children: [
            new TextRun({ text: `${noteNumber(c.id)}. `, bold: true, color: COLOURS.accent }),
            ...styledRuns(citations.formatted.clusters[c.id] ?? []),
          ],
        }),
    );
  return lines.length ? [heading('Notes'), ...lines] : [];
}

/** APA and Chicago ask for a half-inch hanging indent (720 twentieths of a point). */
export const HANGING_INDENT_TWIPS = 720;
/** A numeric label's column: "[12]" fits, and the text after it aligns on a tab stop. */
const LABEL_COLUMN_TWIPS = 540;

/** One entry as the style sets it out: hanging indent, a label column, or a plain paragraph. */
function bibliographyEntry(
  entry: BibliographyEntry,
  layout: FormattedCitations['bibliographyLayout'],
): Paragraph {
  const spacing = { after: 100 };
  if (layout === 'labelled' && entry.label)
    return new Paragraph({
      children: [
        ...styledRuns(entry.label),
        new TextRun({ children: [new Tab()] }),
        ...styledRuns(entry.body),
      ],
      tabStops: [{ type: TabStopType.LEFT, position: LABEL_COLUMN_TWIPS }],
      indent: { left: LABEL_COLUMN_TWIPS, hanging: LABEL_COLUMN_TWIPS },
      spacing,
    });
  return new Paragraph({
    children: styledRuns(entry.text),
    spacing,
    ...(layout === 'hanging'
      ? { indent: { left: HANGING_INDENT_TWIPS, hanging: HANGING_INDENT_TWIPS } }
      : {}),
  });
}

export function bibliography(ctx: DocxContext, brief: Brief, sourcesList: boolean): Paragraph[] {
  const { bibliography: entries, bibliographyLayout } = ctx.citations.formatted;
  if (!sourcesList || brief.sources.length === 0 || entries.length === 0) return [];
  return [
    heading(ctx.citations.formatted.bibliographyTitle),
    ...entries.map((entry) => bibliographyEntry(entry, bibliographyLayout)),
  ];
}

/** Each claim and its evidence; a claim keeps with its first piece of evidence. */
export function evidenceAnnex(ctx: DocxContext, brief: Brief): Paragraph[] {
  if (brief.annex.length === 0) return [];
  const out: Paragraph[] = [heading('Evidence annex')];
  for (const claim of brief.annex) {
    out.push(
      new Paragraph({
        keepNext: claim.evidence.length > 0,
        children: [
          new TextRun({ text: `Claim ${claim.number}. `, bold: true }),
          new TextRun(claim.text),
          ...(claim.likelihood
            ? [
                new TextRun({
                  text: ` Likelihood: ${claim.likelihood.toLowerCase()}.`,
                  italics: true,
                }),
              ]
            : []),
          ...(claim.confidence
            ? [new TextRun({ text: ` Analytic confidence: ${claim.confidence}.`, italics: true })]
            : []),
        ],
      }),
    );
    if (claim.evidence.length === 0)
      out.push(
        new Paragraph({ children: [new TextRun({ text: 'No evidence linked.', italics: true })] }),
      );
    for (const e of claim.evidence) {
      const color = e.relation === 'supports' ? COLOURS.supports : COLOURS.contradicts;
      out.push(
        ...quoteParagraphs(
          ctx,
          e.snapshot.quote,
          e.cluster,
          e.snapshot.source,
          e.snapshot.locator,
          null,
          color,
          [
            new Paragraph({
              keepNext: true,
              children: [
                new TextRun({
                  text: e.relation === 'supports' ? 'SUPPORTS' : 'CONTRADICTS',
                  bold: true,
                  size: 15,
                  color,
                }),
              ],
            }),
          ],
          e.grading,
        ),
      );
    }
  }
  return out;
}
