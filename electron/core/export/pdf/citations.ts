import type { FormattedCitations } from '../../../../shared/citations/cslEngine';
import type { StyledText } from '../../../../shared/citations/cslHtml';
import type { NotePlacement } from '../../../../shared/model/export';
import type { PdfInline } from './types';
import { PALETTE } from './theme';

/** Where a note-style marker links to, and how the probe recognises it on a laid-out page. */
export const NOTE_PREFIX = 'bw-note-';
export const noteDestination = (n: number) => `${NOTE_PREFIX}${n}`;

/** How the document prints citations: the style's output and, for note styles, where notes go. */
export interface PdfCitations {
  formatted: FormattedCitations;
  placement: NotePlacement;
}

/** The note number of a cluster (note styles number every cluster in reading order). */
export const noteNumber = (cluster: number) => cluster + 1;

export function styledRuns(
  text: readonly StyledText[],
  extra: Partial<PdfInline> = {},
): PdfInline[] {
  return text.map((t) => ({
    text: t.text,
    ...(t.italic ? { italics: true } : {}),
    ...(t.bold ? { bold: true } : {}),
    ...(t.sup ? { sup: true } : {}),
    ...(t.sub ? { sub: true } : {}),
    ...extra,
  }));
}

/**
 * A citation where it stands: a superscript note number (note styles) or the style's in-text form,
 * e.g. "(Marrow, 2026, para. 2)" or "[1]", after a space.
 */
export function citationRuns(
  citations: PdfCitations,
  cluster: number,
  precededBySpace: boolean,
): PdfInline[] {
  if (citations.formatted.kind === 'note') {
    const n = noteNumber(cluster);
    return [
      {
        text: String(n),
        sup: true,
        // pdfmake sets superscripts at 58 % of the run's size: 13 pt gives a legible 7.5 pt.
        fontSize: 13,
        color: PALETTE.accent,
        linkToDestination: noteDestination(n),
      },
    ];
  }
  const text = citations.formatted.clusters[cluster] ?? [];
  if (text.length === 0) return [];
  return [...(precededBySpace ? [] : [{ text: ' ' }]), ...styledRuns(text)];
}
