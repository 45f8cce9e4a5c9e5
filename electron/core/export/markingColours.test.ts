import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExportResult } from '../../../shared/model/export';
import { citation, editorState, paragraph, text } from '../../../tests/exportNotes';
import { openTestLibrary, type TestLibrary } from '../../../tests/library';
import { pdfInfo, pdfText } from '../../../tests/pdfText';
import { useTempDirs } from '../../../tests/tempDir';

const tempDir = useTempDirs();
const opened: TestLibrary[] = [];
afterEach(() => {
  for (const lib of opened.splice(0)) lib.core.close();
});

const DPI = 100;
const pt = (points: number) => Math.round((points * DPI) / 72);

interface Raster {
  width: number;
  height: number;
  /** How many pixels of exactly this colour lie in rows [top, bottom). */
  count(hex: string, top: number, bottom: number): number;
}

/** Page 1 rendered without anti-aliasing, so every glyph pixel is its exact colour. */
function renderPage(pdf: string): Raster {
  const ppm = execFileSync(
    'pdftoppm',
    ['-r', String(DPI), '-f', '1', '-l', '1', '-aa', 'no', '-aaVector', 'no', pdf],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  // P6 header: magic, width, height, max value, each followed by white space.
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 50).toString('latin1'))!;
  const width = Number(header[1]);
  const height = Number(header[2]);
  const pixels = ppm.subarray(header[0].length);
  return {
    width,
    height,
    count(hex, top, bottom) {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      let n = 0;
      for (let y = Math.max(0, top); y < Math.min(height, bottom); y++)
        for (let x = 0; x < width; x++) {
          const at = (y * width + x) * 3;
          if (pixels[at] === r && pixels[at + 1] === g && pixels[at + 2] === b) n++;
        }
      return n;
    },
  };
}

const AMBER = '#FFC000';
const GREEN = '#33FF00';
const BLACK = '#000000';

async function markedNote(lib: TestLibrary) {
  const upload = (name: string, body: string) => ({
    name,
    dataBase64: Buffer.from(body).toString('base64'),
  });
  const green = await lib.call('sources.import', {
    files: [upload('green.txt', 'Green bulletin\n\nFerries are running on the northern route.')],
    marking: 'TLP:GREEN',
    tags: ['region/north', 'typo-tag'],
  });
  const amber = await lib.call('sources.import', {
    files: [upload('amber.txt', 'Amber report\n\nInsurers are holding back cover for the strait.')],
    marking: 'TLP:AMBER',
    tags: ['source/partner'],
  });
  const snapshot = async (id: number) => {
    const s = await lib.call('sources.get', { id });
    return {
      sourceId: s.id,
      title: s.title,
      author: s.author,
      outlet: s.outlet,
      publishedAt: s.publishedAt,
      url: s.url,
      marking: s.marking,
    };
  };
  const note = await lib.call('notes.create', {
    title: 'Strait shipping',
    content: editorState([
      paragraph(
        text('Ferries run in the north.'),
        citation(await snapshot(green.results[0]!.sourceId!)),
      ),
      paragraph(text('Insurers hold back.'), citation(await snapshot(amber.results[0]!.sourceId!))),
      paragraph(text('Nothing marked is cited here.')),
    ]),
  });
  return note.id;
}

async function exportPdf(lib: TestLibrary, noteId: number, options: object): Promise<string> {
  const result = (await lib.call('export.pdf', { noteId, options })) as ExportResult;
  if (result.kind !== 'download') throw new Error(`expected a download, got ${result.kind}`);
  const path = join(tempDir(), result.fileName);
  writeFileSync(path, Buffer.from(result.base64, 'base64'));
  return path;
}

describe('markings in the PDF', () => {
  it('prints each portion mark and the banner in its own TLP colour, on black', async () => {
    const lib = openTestLibrary(tempDir());
    opened.push(lib);
    const path = await exportPdf(lib, await markedNote(lib), { portionMarks: true });

    const lines = pdfText(path, 1)
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    expect(lines[0]).toBe('TLP:AMBER');
    expect(lines).toContain('(TLP:GREEN) Ferries run in the north.');
    expect(lines).toContain('(TLP:AMBER) Insurers hold back.');
    expect(lines).toContain('Nothing marked is cited here.');
    expect(lines.filter((l) => l === 'TLP:AMBER')).toHaveLength(2);

    const page = renderPage(path);
    const header = [0, pt(64)] as const;
    const footer = [page.height - pt(70), page.height] as const;
    const body = [pt(64), page.height - pt(70)] as const;
    // The banner: amber letters on black, in the header and the footer; never green.
    for (const [top, bottom] of [header, footer]) {
      expect(page.count(AMBER, top, bottom)).toBeGreaterThan(40);
      expect(page.count(BLACK, top, bottom)).toBeGreaterThan(400);
      expect(page.count(GREEN, top, bottom)).toBe(0);
    }
    // The portion marks: one green, one amber, each on black.
    expect(page.count(GREEN, ...body)).toBeGreaterThan(20);
    expect(page.count(AMBER, ...body)).toBeGreaterThan(20);
    expect(page.count(BLACK, ...body)).toBeGreaterThan(200);
    // The green mark sits above the amber one, as the paragraphs do.
    const firstRow = (hex: string) => {
      for (let y = body[0]; y < body[1]; y++) if (page.count(hex, y, y + 1) > 0) return y;
      return -1;
    };
    expect(firstRow(GREEN)).toBeGreaterThan(0);
    expect(firstRow(GREEN)).toBeLessThan(firstRow(AMBER));
  });

  it('marks every portion when asked (unmarked ones with TLP:CLEAR) and keeps library tags out of Keywords', async () => {
    const lib = openTestLibrary(tempDir());
    opened.push(lib);
    const noteId = await markedNote(lib);
    const path = await exportPdf(lib, noteId, { markEveryPortion: true });
    expect(pdfText(path, 1)).toContain('(TLP:CLEAR) Nothing marked is cited here.');
    expect(pdfText(path, 1)).toContain('(TLP:GREEN) Ferries run in the north.');

    const keywords = pdfInfo(path).Keywords ?? '';
    for (const tag of ['region/north', 'typo-tag', 'source/partner'])
      expect(keywords).not.toContain(tag);
    // The raw file holds no tag either (not even in uncompressed metadata).
    expect(readFileSync(path).toString('latin1')).not.toContain('typo-tag');

    const asked = await exportPdf(lib, noteId, { tagKeywords: true });
    expect(pdfInfo(asked).Keywords).toContain('typo-tag');
  });

  it('prints a custom scheme in its own colours, and a marked claim raises the banner', async () => {
    const lib = openTestLibrary(tempDir());
    opened.push(lib);
    await lib.call('markings.setScheme', {
      id: 'custom',
      custom: {
        name: 'Desk',
        levels: [
          { label: 'open', text: '#FFFFFF', background: '#000000' },
          { label: 'desk only', text: '#FFFF00', background: '#0000AA' },
        ],
      },
    });
    const claim = await lib.call('claims.create', {
      text: 'Ferries resume.',
      marking: 'desk only',
    });
    const note = await lib.call('notes.create', {
      title: 'Desk note',
      content: editorState([
        {
          type: 'bw-claim',
          version: 2,
          claimId: claim.id,
          text: claim.text,
          likelihood: null,
          confidence: null,
          // The note's copy predates the marking: the banner follows the library.
          marking: null,
          evidence: [],
        },
      ]),
    });
    const path = await exportPdf(lib, note.id, {
      portionMarks: true,
      acknowledged: [`claim:${claim.id}`],
    });
    expect(pdfText(path, 1).split('\n')[0]!.trim()).toBe('DESK ONLY');
    const page = renderPage(path);
    expect(page.count('#0000AA', 0, pt(64))).toBeGreaterThan(400);
    expect(page.count('#FFFF00', 0, pt(64))).toBeGreaterThan(40);
  });
});
