import { bundledStyleXml } from './citationStyles';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorState, paragraph, text } from '../../../tests/exportNotes';
import { buildPdf } from './pdf/buildPdf';
import { renderPdf } from './pdf/render';
import { defaultResourcesDir } from './resources';

let server: Server;
let base = '';
const requests: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.alloc(16));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const resources = defaultResourcesDir();
const options = {
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
  author: 'Tester',
} as const;

describe('export safety: no remote or local resources are read', () => {
  it('a note with images and links to http:// and file:// fetches nothing', async () => {
    requests.length = 0;
    const content = editorState([
      paragraph(
        text('See '),
        { type: 'link', url: `${base}/tracker`, children: [text('remote')], version: 1 },
        text(' and '),
        { type: 'link', url: 'file:///etc/passwd', children: [text('local')], version: 1 },
      ),
      { type: 'image', src: `${base}/pixel.png`, altText: 'a remote picture', version: 1 },
      { type: 'image', src: 'file:///etc/hostname', altText: 'a local picture', version: 1 },
    ]);
    const result = await buildPdf({
      title: 'Images',
      content,
      options,
      banner: '',
      exportedAt: new Date().toISOString(),
      keywords: [],
      schemeId: 'tlp',
      resourcesDir: resources,
      csl: bundledStyleXml(resources),
    });
    expect(result.pages).toBe(1);
    expect(result.warnings).toContain('Unknown element "image" was printed as plain text.');
    expect(requests).toEqual([]);
    const pdf = Buffer.from(result.bytes).toString('latin1');
    // The http link stays clickable; the file:// one is printed as text only.
    expect(pdf).toContain(`${base}/tracker`);
    expect(pdf).not.toContain('file:///etc/passwd');
  });

  it('pdfmake itself refuses URL and local-file images in a document definition', async () => {
    requests.length = 0;
    const remote = { content: [{ image: `${base}/pixel.png` }], defaultStyle: { font: 'Serif' } };
    await expect(renderPdf(remote, resources)).rejects.toThrow(/denied/i);
    const local = { content: [{ image: '/etc/hostname' }], defaultStyle: { font: 'Serif' } };
    await expect(renderPdf(local, resources)).rejects.toThrow(/denied/i);
    const font = {
      content: ['x'],
      defaultStyle: { font: 'Serif' },
      images: { logo: `${base}/logo.png` },
    };
    await expect(renderPdf({ ...font, content: [{ image: 'logo' }] }, resources)).rejects.toThrow(
      /denied/i,
    );
    expect(requests).toEqual([]);
  });
});
