import { describe, expect, it } from 'vitest';
import { formatCitations } from '../../../../shared/citations/cslEngine';
import { TLP_SCHEME } from '../../../../shared/markings';
import type { ExportOptions } from '../../../../shared/model/export';
import type { JsonNode } from '../../../../shared/note/nodes';
import { citation, excerpt, heading, paragraph, source, text } from '../../../../tests/exportNotes';
import { buildBrief, plainText } from '../brief/buildBrief';
import { bundledStyleXml } from '../citationStyles';
import { isLowerMarking, rollUpMarkings } from '../markingRollUp';
import { defaultResourcesDir } from '../resources';
import { formatDate } from './attribution';
import { briefToPdf } from './briefToPdf';

const options: ExportOptions = {
  paper: 'A4',
  marking: null,
  confirmLowerMarking: false,
  toc: false,
  sourcesList: true,
  style: 'ieee',
  notes: 'footnotes',
  portionMarks: false,
  markEveryPortion: false,
  tagKeywords: false,
  evidenceAnnex: false,
  author: 'A. Analyst',
};

function convert(children: object[], extra: Partial<ExportOptions> = {}) {
  const opts = { ...options, ...extra };
  const brief = buildBrief({
    title: 'T',
    root: { type: 'root', children } as unknown as JsonNode,
    author: opts.author,
    exportedAt: new Date('2026-01-02T10:00:00Z'),
    banner: 'TLP:AMBER',
    scheme: TLP_SCHEME,
    portionMarks: opts.portionMarks,
    evidenceAnnex: opts.evidenceAnnex,
  });
  const formatted = formatCitations(
    bundledStyleXml(defaultResourcesDir(), opts.style ?? 'ieee'),
    brief.clusters,
  );
  const out = briefToPdf({
    brief,
    options: opts,
    citations: { formatted, placement: opts.notes },
    keywords: ['region/ukraine'],
    footnotes: null,
  });
  return { ...out, brief };
}

/** Every object in a document definition, depth first. */
function walk(value: unknown, found: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(value)) value.forEach((v) => walk(v, found));
  else if (value && typeof value === 'object') {
    found.push(value as Record<string, unknown>);
    Object.values(value).forEach((v) => walk(v, found));
  }
  return found;
}

describe('briefing model and its PDF', () => {
  const a = source(7, 'Source A', 'TLP:GREEN');
  const b = source(3, 'Source B', 'TLP:AMBER');

  it('gathers side-by-side citations into one cluster, numbered by the style in first-cited order', () => {
    const { brief, docDefinition } = convert([
      paragraph(text('x'), citation(a)),
      excerpt(1, 'quoted', b),
      paragraph(text('y'), citation(a), citation(b)),
    ]);
    expect(brief.clusters.map((c) => c.items.map((i) => i.source.sourceId))).toEqual([
      [7],
      [3],
      [7, 3],
    ]);
    expect(brief.sources.map((s) => s.sourceId)).toEqual([7, 3]);
    const json = JSON.stringify(docDefinition.content);
    expect(json).toContain('"[1]"');
    expect(json).toContain('"[1], [2]"');
    const ids = walk(docDefinition.content)
      .map((n) => n.id)
      .filter(Boolean);
    expect(ids).toEqual(['bibliography', 'source-7', 'source-3']);
  });

  it('sets metadata, the banner in header and footer, and page numbers', () => {
    const { docDefinition, layout } = convert([paragraph(text('x'))]);
    expect(docDefinition.info).toMatchObject({
      title: 'T',
      author: 'A. Analyst',
      keywords: 'region/ukraine, TLP:AMBER',
    });
    expect(docDefinition.info.creationDate.toISOString()).toBe('2026-01-02T10:00:00.000Z');
    expect(JSON.stringify(docDefinition.header?.(1, 3))).toContain('TLP:AMBER');
    const footer = JSON.stringify(docDefinition.footer?.(2, 3));
    expect(footer).toContain('TLP:AMBER');
    expect(footer).toContain('Page 2 of 3');
    expect(layout.pageCount).toBe(3);
  });

  it('never emits images, and links only to web and mail addresses', () => {
    const { docDefinition, brief } = convert([
      paragraph(
        { type: 'link', url: 'javascript:alert(1)', children: [text('js')] },
        { type: 'link', url: 'file:///etc/passwd', children: [text('file')] },
        { type: 'link', url: 'https://ok.example/', children: [text('ok')] },
      ),
      { type: 'image', src: 'http://example.com/x.png', altText: 'a chart' },
    ]);
    const nodes = walk(docDefinition.content);
    expect(nodes.some((n) => 'image' in n || 'svg' in n)).toBe(false);
    expect(nodes.map((n) => n.link).filter(Boolean)).toEqual(['https://ok.example/']);
    expect(JSON.stringify(docDefinition.content)).toContain('a chart');
    expect(brief.warnings).toEqual(['Unknown element "image" was printed as plain text.']);
  });

  it('prefixes portion marks and marks headings for the table of contents', () => {
    const { docDefinition } = convert(
      [heading('h2', 'Section'), paragraph(text('x'), citation(b)), paragraph(text('plain'))],
      { portionMarks: true, toc: true },
    );
    const json = JSON.stringify(docDefinition.content);
    expect(json).toContain('(TLP:AMBER)\u2009","bold":true');
    expect(json).toContain('"color":"#FFC000","background":"#000000"');
    expect(json.match(/\(TLP:/g)).toHaveLength(1);
    // The heading and the reference list are in the contents.
    expect(walk(docDefinition.content).filter((n) => n.tocItem === true)).toHaveLength(2);
  });

  it('keeps a quote with its attribution, and moves a heading that would end a page', () => {
    const { docDefinition } = convert([excerpt(1, 'quoted words', b, 'p. 4')]);
    const quote = walk(docDefinition.content).find((n) =>
      JSON.stringify(n.table ?? '').includes('quoted words'),
    );
    expect(quote?.unbreakable).toBe(true);
    const rule = docDefinition.pageBreakBefore!;
    expect(rule({ headlineLevel: 2 }, { getFollowingNodesOnPage: () => [] })).toBe(true);
    expect(rule({ headlineLevel: 2 }, { getFollowingNodesOnPage: () => [{}] })).toBe(false);
    expect(rule({}, { getFollowingNodesOnPage: () => [] })).toBe(false);
  });
});

describe('marking roll-up and helpers', () => {
  it('takes the strictest cited marking and spots a lower banner', () => {
    const root = {
      type: 'root',
      children: [
        paragraph(citation(source(1, 'g', 'TLP:GREEN'))),
        excerpt(1, 'q', source(2, 'a', 'TLP:AMBER')),
      ],
    } as unknown as JsonNode;
    const rollUp = rollUpMarkings(root);
    expect(rollUp.strictest).toBe('TLP:AMBER');
    expect(rollUp.cited).toEqual(['TLP:GREEN', 'TLP:AMBER']);
    expect(isLowerMarking(TLP_SCHEME, 'TLP:GREEN', 'TLP:AMBER')).toBe(true);
    expect(isLowerMarking(TLP_SCHEME, 'TLP:RED', 'TLP:AMBER')).toBe(false);
    expect(isLowerMarking(TLP_SCHEME, 'TLP:AMBER // INTERNAL', 'TLP:AMBER')).toBe(false);
    expect(isLowerMarking(TLP_SCHEME, 'UNCLASSIFIED', 'TLP:AMBER')).toBe(true);
  });

  it('formats dates and collects plain text', () => {
    expect(formatDate('2025-06-03')).toBe('June 3, 2025');
    expect(formatDate('2025-06')).toBe('June 2025');
    expect(formatDate('yesterday')).toBe('yesterday');
    expect(plainText(paragraph(text('a'), text('b')) as unknown as JsonNode)).toBe('ab');
  });

  it('states a claim as ICD 203 writes it, reading a version-1 claim as its likelihood, with the grading in the annex', () => {
    const evidence = [
      {
        excerptId: 1,
        relation: 'supports',
        quote: 'q',
        locator: null,
        marking: null,
        source: source(7, 'Source A', 'TLP:GREEN'),
        reliability: 'B',
        credibility: 2,
      },
    ];
    const v1 = {
      type: 'bw-claim',
      version: 1,
      claimId: 1,
      text: 'Old claim',
      confidence: 'likely',
      evidence,
    };
    const v2 = {
      type: 'bw-claim',
      version: 2,
      claimId: 2,
      text: 'New claim',
      likelihood: 'very unlikely',
      confidence: 'high',
      marking: 'TLP:RED',
      evidence: [],
    };
    const { docDefinition } = convert([v1, v2], { evidenceAnnex: true, portionMarks: true });
    const json = JSON.stringify(docDefinition.content);
    expect(json).toContain('"CLAIM · LIKELY (55–80%)"');
    expect(json).toContain('"CLAIM · VERY UNLIKELY (5–20%); HIGH CONFIDENCE"');
    expect(json).toContain(' Likelihood: likely (55–80%).');
    expect(json).toContain(' Analytic confidence: high.');
    expect(json).toContain('Grading B2 (usually reliable; probably true)');
    // The claim's own marking is its portion mark, in TLP:RED's colours.
    expect(json).toContain('(TLP:RED)');
    expect(json).toContain('"color":"#FF2B2B","background":"#000000"');
  });
});
