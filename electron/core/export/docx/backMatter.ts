import { HeadingLevel, Paragraph, TextRun } from 'docx';
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

export function bibliography(ctx: DocxContext, brief: Brief, sourcesList: boolean): Paragraph[] {
  const entries = ctx.citations.formatted.bibliography;
  if (!sourcesList || brief.sources.length === 0 || entries.length === 0) return [];
  return [
    heading(ctx.citations.formatted.bibliographyTitle),
    ...entries.map(
      (entry) =>
        new Paragraph({
          children: styledRuns(entry.text),
          spacing: { after: 100 },
          ...(ctx.citations.formatted.numeric ? {} : { indent: { left: 360, hanging: 360 } }),
        }),
    ),
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
          ...(claim.confidence
            ? [new TextRun({ text: ` (${claim.confidence})`, italics: true })]
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
        ),
      );
    }
  }
  return out;
}
