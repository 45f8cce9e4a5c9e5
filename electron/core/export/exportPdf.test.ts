import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiOutput } from '../../../shared/api';
import type { ExportResult } from '../../../shared/model/export';
import type { IntegrityReport } from '../../../shared/model/integrity';
import type { Excerpt, Source } from '../../../shared/model/library';
import type { SourceSnapshot } from '../../../shared/note/serializedNodes';
import {
  citation,
  claim,
  editorState,
  excerpt,
  heading,
  paragraph,
  seedFile,
  sentences,
  source,
  text,
} from '../../../tests/exportNotes';
import { pdfInfo, pdfText, squeeze } from '../../../tests/pdfText';
import { useTempDirs } from '../../../tests/tempDir';
import { openCore, type CoreContext } from '../context';
import { createHandlers } from '../handlers';
import type { HostServices } from '../host';
import { dispatch } from '../rpc/dispatch';
import { createExportLog } from './exportLog';
import { planExport, runExport } from './exportNote';

const tempDir = useTempDirs();
const opened: CoreContext[] = [];
afterEach(() => {
  for (const core of opened.splice(0)) core.close();
});

function library(host: HostServices = {}) {
  const dir = tempDir();
  const core = openCore({ dataDir: dir });
  opened.push(core);
  const handlers = createHandlers(core, host);
  const raw = async <T>(method: string, input: unknown): Promise<T> => {
    const result = await dispatch(handlers, method, input, () => undefined);
    if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
    return result.value as T;
  };
  // These notes are built from hand-made snapshots the library need not hold; their exports
  // acknowledge whatever the integrity check flags (the gate has tests of its own).
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const request = input as { noteId?: number; options?: { acknowledged?: string[] } };
    if (method === 'export.pdf' && request.options?.acknowledged === undefined) {
      const report = await raw<IntegrityReport>('notes.verify', { id: request.noteId }).catch(
        () => null,
      );
      const acknowledged = report?.items.map((i) => i.key) ?? [];
      return raw<T>(method, { ...request, options: { ...request.options, acknowledged } });
    }
    return raw<T>(method, input);
  };
  return { dir, core, call };
}

async function exportToFile(
  call: ReturnType<typeof library>['call'],
  noteId: number,
  dir: string,
  options: object = {},
): Promise<{ path: string; result: Extract<ExportResult, { kind: 'download' }> }> {
  const result = await call<ExportResult>('export.pdf', { noteId, options });
  if (result.kind !== 'download') throw new Error(`expected a download, got ${result.kind}`);
  const path = join(dir, result.fileName);
  writeFileSync(path, Buffer.from(result.base64, 'base64'));
  return { path, result };
}

/**
 * A note quoting both sample articles: the files are imported with the library, and excerpts are
 * made from sentences chosen in their text at run time (the text is never copied into tests).
 */
async function seedNote(call: ReturnType<typeof library>['call']) {
  const imported = [];
  for (const [prefix, marking, tag] of [
    ['000', 'TLP:GREEN', 'region/ukraine'],
    ['003', 'TLP:AMBER', 'topic/iran'],
  ] as const) {
    const file = seedFile(prefix);
    const report = await call<ApiOutput<'sources.import'>>('sources.import', {
      files: [{ name: file.name, dataBase64: file.bytes.toString('base64') }],
      marking,
      tags: [tag],
    });
    expect(report.results[0]).toMatchObject({ status: 'imported' });
    imported.push(await call<Source>('sources.get', { id: report.results[0]!.sourceId! }));
  }
  const [report, essay] = imported as [Source, Source];
  const reportSentences = sentences(report.text);
  const essaySentences = sentences(essay.text);
  const chosen = [
    { source: report, quote: reportSentences[0]! },
    { source: report, quote: reportSentences.find((s) => s.includes('"'))! },
    { source: essay, quote: essaySentences.find((s) => s.includes('“') && s.includes('”'))! },
    { source: essay, quote: essaySentences.find((s) => s.includes('’') && !s.includes('“'))! },
  ];
  const excerpts: Excerpt[] = [];
  for (const c of chosen) {
    expect(c.quote, 'a quote was found in the seed file').toBeTruthy();
    excerpts.push(
      await call<Excerpt>('excerpts.create', { sourceId: c.source.id, quote: c.quote }),
    );
  }
  const node = (e: Excerpt) => ({
    type: 'bw-excerpt',
    version: 1,
    excerptId: e.id,
    quote: e.quote,
    locator: e.locator,
    marking: e.effectiveMarking,
    source: e.source,
  });
  const content = editorState([
    heading('h1', 'Background'),
    paragraph(
      text('Kyiv keeps up the pressure; President Зеленський was not quoted. '),
      citation(excerpts[0]!.source),
    ),
    ...excerpts.map(node),
    paragraph(
      text('Both analyses agree on one point.'),
      citation(excerpts[2]!.source),
      citation(excerpts[0]!.source),
    ),
  ]);
  return { content, excerpts, sources: [excerpts[0]!.source, excerpts[2]!.source] };
}

describe('PDF export', () => {
  it('exports a note quoting both sample articles: quotes, citations, sources, marking, metadata', async () => {
    const { call, dir } = library();
    const { content, excerpts, sources } = await seedNote(call);
    const note = await call<ApiOutput<'notes.create'>>('notes.create', {
      title: 'Ukraine talks — where they stand',
      content,
    });
    const { path, result } = await exportToFile(call, note.id, dir, {
      author: 'A. Analyst',
      tagKeywords: true,
    });

    expect(result.marking).toBe('TLP:AMBER');
    const info = pdfInfo(path);
    expect(info.Title).toBe('Ukraine talks — where they stand');
    expect(info.Author).toBe('A. Analyst');
    // Asked for, keywords come from the tags of the cited sources.
    expect(info.Keywords).toContain('region/ukraine');
    expect(info.Keywords).toContain('topic/iran');
    expect(Number(info.Pages)).toBe(result.pages);
    expect(result.pages).toBeGreaterThanOrEqual(1);

    const all = pdfText(path);
    const [, bibliography] = all.split(/\n\s*Bibliography\s*\n/);
    expect(bibliography, 'the PDF has a bibliography').toBeDefined();
    const flatBody = squeeze(pdfText(path, undefined, 'raw').split(/\nBibliography\n/)[0]!);
    // Each quote word for word, inside typographic quotes, followed by its note number (the
    // first citation is note 1, in the paragraph before the quotes).
    excerpts.forEach((e, i) => expect(flatBody).toContain(squeeze(`“${e.quote}”${i + 2}`)));
    expect(all).toMatch(/[“”’]/);
    expect(all).toContain('Зеленський');

    // One entry per source, each naming its source (compared without case: Chicago sets titles
    // in headline case).
    const flatSources = squeeze(bibliography!).toLowerCase();
    for (const s of sources) expect(flatSources).toContain(squeeze(s.title).toLowerCase());

    // The banner on every page, in the header and the footer.
    for (let page = 1; page <= result.pages; page++) {
      const pageText = pdfText(path, page);
      expect(pageText.match(/TLP:AMBER/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
      expect(pageText).toContain(`Page ${page} of ${result.pages}`);
    }
  });

  it('rolls TLP:AMBER and TLP:GREEN sources up to a TLP:AMBER banner on every page', async () => {
    const { call, dir } = library();
    // Ids not in the library: the banner rolls up the snapshots of deleted sources.
    const amber = source(901, 'Amber report', 'TLP:AMBER');
    const green = source(902, 'Green bulletin', 'TLP:GREEN');
    const filler = Array.from({ length: 40 }, (_, i) =>
      paragraph(text(`Paragraph ${i + 1}. ` + 'The situation remains fluid. '.repeat(12))),
    );
    const note = await call<ApiOutput<'notes.create'>>('notes.create', {
      title: 'Markings',
      content: editorState([
        paragraph(text('Green first.'), citation(green)),
        ...filler,
        paragraph(text('Then amber.'), citation(amber)),
      ]),
    });
    const defaults = await call<ApiOutput<'export.defaults'>>('export.defaults', {
      noteId: note.id,
    });
    expect(defaults.marking).toBe('TLP:AMBER');
    expect(defaults.citedMarkings).toEqual(['TLP:GREEN', 'TLP:AMBER']);

    const { path, result } = await exportToFile(call, note.id, dir);
    expect(result.marking).toBe('TLP:AMBER');
    expect(result.pages).toBeGreaterThan(2);
    for (let page = 1; page <= result.pages; page++) {
      const lines = pdfText(path, page)
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      expect(lines[0], `header of page ${page}`).toBe('TLP:AMBER');
      expect(lines.filter((l) => l === 'TLP:AMBER').length).toBe(2);
      expect(lines.join('\n')).not.toMatch(/^TLP:GREEN$/m);
    }
  });

  it('asks for confirmation before printing a banner below the cited marking', async () => {
    const { call, dir } = library();
    const note = await call<ApiOutput<'notes.create'>>('notes.create', {
      title: 'Lower banner',
      content: editorState([paragraph(text('Amber.'), citation(source(901, 'A', 'TLP:AMBER')))]),
    });
    await expect(
      call('export.pdf', { noteId: note.id, options: { marking: 'TLP:GREEN' } }),
    ).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('TLP:AMBER') });
    const { path, result } = await exportToFile(call, note.id, dir, {
      marking: 'TLP:GREEN',
      confirmLowerMarking: true,
    });
    expect(result.marking).toBe('TLP:GREEN');
    expect(pdfText(path, 1).split('\n')[0]!.trim()).toBe('TLP:GREEN');
    // The confirmed lower banner is in the note's history, with the revision that was sent.
    const history = await call<ApiOutput<'export.history'>>('export.history', { noteId: note.id });
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      banner: 'TLP:GREEN',
      citedMarking: 'TLP:AMBER',
      markingLowered: true,
      paper: 'A4',
      style: 'chicago',
      pages: 1,
    });
    const revisions = await call<ApiOutput<'notes.revisions'>>('notes.revisions', { id: note.id });
    const sent = revisions.find((r) => r.id === history[0]!.revisionId);
    expect(sent?.reason).toBe('export');
    const snapshot = await call<ApiOutput<'notes.revision'>>('notes.revision', {
      revisionId: sent!.id,
    });
    expect(snapshot.content).toContain('Amber.');
    // No banner at all is lower too.
    await expect(
      call('export.pdf', { noteId: note.id, options: { marking: '' } }),
    ).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('without a banner'),
    });
    // A stricter banner needs no confirmation.
    const red = await call<ExportResult>('export.pdf', {
      noteId: note.id,
      options: { marking: 'TLP:RED' },
    });
    expect(red.kind === 'download' && red.marking).toBe('TLP:RED');
    const [latest] = await call<ApiOutput<'export.history'>>('export.history', { noteId: note.id });
    expect(latest).toMatchObject({ banner: 'TLP:RED', markingLowered: false });
    expect(
      (await call<ApiOutput<'notes.revisions'>>('notes.revisions', { id: note.id })).filter(
        (r) => r.reason === 'export',
      ),
    ).toHaveLength(2);
  });

  it('renders every node type, warns about an unknown one and still prints its text', async () => {
    const { call, core, dir } = library();
    const src = source(1, 'Source one', 'TLP:CLEAR');
    // Stored directly: the API refuses node types the editor does not register, but a library
    // written by another version may hold them.
    const note = core.notes.create(
      'Every node',
      editorState([
        heading('h1', 'Heading one'),
        heading('h2', 'Heading two'),
        heading('h3', 'Heading three'),
        paragraph(
          text('bold', 1),
          text(' italic', 2),
          text(' strike', 4),
          text(' underline', 8),
          text(' code', 16),
          text(' sub', 32),
          text(' sup', 64),
          { type: 'linebreak', version: 1 },
          { type: 'tab', text: '\t', format: 0, detail: 2, mode: 'normal', style: '', version: 1 },
          {
            type: 'link',
            url: 'https://example.org/',
            children: [text('a link')],
            version: 1,
          },
          {
            type: 'autolink',
            url: 'https://example.com/',
            children: [text('example.com')],
            version: 1,
          },
          citation(src),
        ),
        { type: 'quote', children: [text('A plain block quote.')], version: 1 },
        {
          type: 'list',
          listType: 'bullet',
          start: 1,
          children: [
            { type: 'listitem', value: 1, children: [text('bullet one')] },
            {
              type: 'listitem',
              value: 2,
              children: [
                {
                  type: 'list',
                  listType: 'number',
                  start: 3,
                  children: [{ type: 'listitem', value: 3, children: [text('nested three')] }],
                },
              ],
            },
          ],
        },
        {
          type: 'list',
          listType: 'check',
          start: 1,
          children: [{ type: 'listitem', value: 1, checked: true, children: [text('done item')] }],
        },
        { type: 'horizontalrule', version: 1 },
        {
          type: 'code',
          language: 'text',
          children: [
            { type: 'code-highlight', text: 'line one', format: 0 },
            { type: 'linebreak', version: 1 },
            { type: 'code-highlight', text: 'line two', format: 0 },
          ],
        },
        paragraph({ type: 'hashtag', text: '#shipping', format: 0 }),
        excerpt(1, 'An excerpted sentence.', src, 'p. 2'),
        claim(1, 'A claim about the world.', [
          {
            excerptId: 1,
            relation: 'supports',
            quote: 'An excerpted sentence.',
            locator: 'p. 2',
            marking: null,
            source: src,
          },
        ]),
        { type: 'mystery-widget', version: 1, children: [text('text inside an unknown node')] },
        { type: 'another-unknown', version: 1, text: 'unknown leaf text' },
      ]),
    );
    const { path, result } = await exportToFile(call, note.id, dir, {
      toc: true,
      evidenceAnnex: true,
      portionMarks: true,
      markEveryPortion: false,
      tagKeywords: false,
    });
    expect(result.warnings).toEqual([
      'Unknown element "mystery-widget" was printed as plain text.',
      'Unknown element "another-unknown" was printed as plain text.',
    ]);
    const all = pdfText(path);
    for (const expected of [
      'Heading one',
      'Heading three',
      'bold italic strike underline code',
      'a link',
      'A plain block quote.',
      'bullet one',
      'nested three',
      '[x] done item',
      '“An excerpted sentence.”',
      'CLAIM · LIKELY',
      'A claim about the world.',
      'text inside an unknown node',
      'unknown leaf text',
      'line one\nline two',
      '#shipping',
      'Contents',
      'Evidence annex',
      '(TLP:CLEAR)',
    ]) {
      expect(all).toContain(expected);
    }
    expect(all).toMatch(/3\.\s+nested three/);
  });

  it('a failed export leaves the earlier PDF at that path untouched', async () => {
    const saveTo = { path: '' };
    const { call, core, dir } = library({ chooseSavePath: async () => saveTo.path });
    saveTo.path = join(dir, 'brief.pdf');
    const note = await call<ApiOutput<'notes.create'>>('notes.create', {
      title: 'Atomic',
      content: editorState([paragraph(text('First version.'))]),
    });
    const first = await call<ExportResult>('export.pdf', { noteId: note.id, options: {} });
    expect(first).toMatchObject({ kind: 'saved', path: saveTo.path });
    const good = readFileSync(saveTo.path);
    expect(pdfText(saveTo.path)).toContain('First version.');

    // The second export breaks while rendering (its fonts are missing): nothing is replaced.
    core.notes.save(note.id, 'Atomic', editorState([paragraph(text('Second version.'))]));
    const plan = planExport(core, note.id, {
      paper: 'A4',
      marking: null,
      confirmLowerMarking: false,
      toc: false,
      sourcesList: true,
      style: 'chicago',
      notes: 'footnotes',
      portionMarks: false,
      markEveryPortion: false,
      tagKeywords: false,
      evidenceAnnex: false,
      author: '',
    });
    const broken = { ...plan, job: { ...plan.job, resourcesDir: join(dir, 'no-such-resources') } };
    await expect(runExport(core, createExportLog(core.db), broken, saveTo.path)).rejects.toThrow();
    expect(readFileSync(saveTo.path).equals(good)).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // Only the export that succeeded is in the note's history.
    expect(await call<unknown[]>('export.history', { noteId: note.id })).toHaveLength(1);

    // A folder that does not exist gives a clear message.
    saveTo.path = join(dir, 'missing', 'brief.pdf');
    await expect(call('export.pdf', { noteId: note.id, options: {} })).rejects.toMatchObject({
      code: 'io_error',
      message: expect.stringContaining('does not exist'),
    });
    expect(existsSync(saveTo.path)).toBe(false);
  });

  it('answers cancelled when the save dialog is dismissed, and not_found for a missing note', async () => {
    const { call } = library({ chooseSavePath: async () => null });
    const note = await call<ApiOutput<'notes.create'>>('notes.create', { title: 'x' });
    await expect(call('export.pdf', { noteId: note.id })).resolves.toEqual({ kind: 'cancelled' });
    await expect(call('export.pdf', { noteId: 999 })).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      call('export.pdf', { noteId: note.id, options: { paper: 'A3' } }),
    ).rejects.toMatchObject({ code: 'bad_request' });
  });

  it('prints Letter paper and the APA style when asked', async () => {
    const { call, dir } = library();
    const src: SourceSnapshot = source(1, 'A study of things', null, {
      author: 'Jane Doe',
      outlet: 'Journal of Things',
      publishedAt: '2024-03-05',
    });
    const note = await call<ApiOutput<'notes.create'>>('notes.create', {
      title: 'Styles',
      content: editorState([paragraph(text('Cited.'), citation(src))]),
    });
    const apa = await exportToFile(call, note.id, dir, { paper: 'Letter', style: 'apa' });
    expect(pdfInfo(apa.path)['Page size']).toContain('612 x 792');
    expect(pdfText(apa.path)).toContain('Doe, J. (2024, March 5)');
    // The note remembers the style it was last exported in.
    const again = await exportToFile(call, note.id, dir, {});
    expect(pdfText(again.path)).toContain('Cited. (Doe, 2024)');
    const chicago = await exportToFile(call, note.id, dir, { style: 'chicago' });
    expect(pdfInfo(chicago.path)['Page size']).toContain('A4');
    // Chicago sets titles in headline case.
    expect(pdfText(chicago.path)).toContain('Doe, Jane. “A Study of Things.” Journal of Things');
  });

  it('reports progress while an export runs', async () => {
    const { call } = library();
    const note = await call<ApiOutput<'notes.create'>>('notes.create', {
      title: 'Progress',
      content: editorState(
        Array.from({ length: 60 }, (_, i) => paragraph(text(`Paragraph ${i}. `.repeat(30)))),
      ),
    });
    const seen: number[] = [];
    const exporting = call<ExportResult>('export.pdf', { noteId: note.id, options: {} });
    let done = false;
    void exporting.finally(() => (done = true));
    while (!done) {
      const p = await call<ApiOutput<'export.progress'>>('export.progress', { noteId: note.id });
      if (p.active) seen.push(p.fraction);
      await new Promise((r) => setTimeout(r, 10));
    }
    expect((await exporting).kind).toBe('download');
    expect(seen.length).toBeGreaterThan(0);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(Math.max(...seen)).toBeGreaterThan(0);
    await expect(call('export.progress', { noteId: note.id })).resolves.toEqual({
      active: false,
      fraction: 0,
    });
  });
});
