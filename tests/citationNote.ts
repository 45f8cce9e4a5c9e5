import { bundledStyleXml } from '../electron/core/export/citationStyles';
import type { PdfJob } from '../electron/core/export/pdf/buildPdf';
import { defaultResourcesDir } from '../electron/core/export/resources';
import type { ExportOptions } from '../shared/model/export';
import { citation, editorState, excerpt, heading, paragraph, source, text } from './exportNotes';

/** One note cited in every style: Marrow twice (the second a repeat), an institution, Abbott. */
export const resources = defaultResourcesDir();

export const marrow = source(1, 'Harbour dredging resumes', null, {
  author: 'Jane Marrow',
  outlet: 'Coast Times',
  publishedAt: '2026-03-04',
});
export const authority = source(2, 'Annual port report', null, {
  author: 'Harbour Authority of Vessmark',
  publishedAt: '2025-11-01',
});
export const abbott = source(3, 'Shipping lanes after the thaw', null, {
  creators: [{ family: 'Abbott', given: 'Lena' }],
  author: 'Lena Abbott',
  publishedAt: '2024',
  url: 'https://example.org/lanes',
});

const cite = (s: typeof marrow, locator: string | null) => ({
  ...citation(s),
  locator,
});

/** A long paragraph, so citations fall on different pages. */
const filler = (n: number) =>
  paragraph(
    text(
      `Background paragraph ${n}. ` +
        'The harbour board met again to weigh the dredging plan. '.repeat(12),
    ),
  );

export function note(): string {
  return editorState([
    heading('h2', 'Situation'),
    paragraph(text('Dredging has resumed'), cite(marrow, 'para. 2'), text('.')),
    ...[1, 2, 3, 4, 5].map(filler),
    paragraph(
      text('The port authority reports record tonnage'),
      cite(authority, 'p. 4'),
      text('.'),
    ),
    ...[6, 7, 8, 9].map(filler),
    paragraph(text('Crews work at night'), cite(marrow, 'para. 5'), text('.')),
    excerpt(7, 'The lanes open three weeks earlier than a decade ago.', abbott, 'p. 12'),
  ]);
}

const options = (style: string, extra: Partial<ExportOptions> = {}): ExportOptions => ({
  paper: 'A4',
  marking: null,
  confirmLowerMarking: false,
  toc: false,
  sourcesList: true,
  style,
  notes: 'footnotes',
  portionMarks: false,
  evidenceAnnex: false,
  author: 'Tester',
  ...extra,
});

export const job = (
  style: string,
  csl = bundledStyleXml(resources, style),
  extra = {},
): PdfJob => ({
  title: 'Harbour brief',
  content: note(),
  options: options(style, extra),
  banner: '',
  exportedAt: '2026-04-01T10:00:00.000Z',
  keywords: [],
  schemeId: 'tlp',
  resourcesDir: resources,
  csl,
});
