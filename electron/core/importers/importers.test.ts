import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { makeDocx, makePdf } from '../../../tests/fixtureFiles';
import { locatorFor } from '../library/anchoring';
import { ImportRefusal, readSourceFile } from './index';

const refusal = async (promise: Promise<unknown>): Promise<string> => {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ImportRefusal);
    return (error as Error).message;
  }
  throw new Error('expected a refusal');
};

describe('text and markdown', () => {
  it('decodes Windows-1251 Cyrillic and takes the headline as title', async () => {
    const original =
      'Переговоры в Стамбуле\nДелегации встретились во вторник и обсудили обмен пленными.\n';
    const bytes = iconv.encode(original, 'windows-1251');
    expect(bytes.includes(0xd0)).toBe(false); // not UTF-8
    const source = await readSourceFile('report.txt', bytes);
    expect(source.title).toBe('Переговоры в Стамбуле');
    expect(source.text).toBe('Делегации встретились во вторник и обсудили обмен пленными.');
  });

  it('decodes Windows-1252 and UTF-16 with a BOM', async () => {
    const latin = await readSourceFile(
      'a.txt',
      iconv.encode('Café au lait, naïve déjà vu — “yes”.', 'windows-1252'),
    );
    expect(latin.text).toBe('Café au lait, naïve déjà vu — “yes”.');
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('Ελληνικά κείμενα.\n', 'utf16le'),
    ]);
    expect((await readSourceFile('b.txt', utf16)).text).toBe('Ελληνικά κείμενα.');
  });

  it('normalizes to NFC and tidies whitespace but keeps quotes, dashes and scripts', async () => {
    const raw =
      'Title line\r\n\r\n\r\n  He said  “it’s over” —\tthen\u00a0left.  \r\nCafe\u0301 Київ\u200b.';
    const source = await readSourceFile('n.txt', Buffer.from(raw));
    expect(source.title).toBe('Title line');
    expect(source.text).toBe('He said “it’s over” — then left.\nCafé Київ.');
  });

  it('derives a title when the first line is a sentence', async () => {
    const source = await readSourceFile(
      'x.txt',
      Buffer.from('The ships sailed at dawn. Nobody saw them.'),
    );
    expect(source.title).toBe('The ships sailed at dawn.');
    expect(source.text).toBe('The ships sailed at dawn. Nobody saw them.');
  });

  it('reads markdown: the first heading is the title, markup goes', async () => {
    const md =
      '# Port report\n\nShips **resumed** loading at [the port](http://x.example).\n\n## Outlook\n\n- calm seas\n';
    const source = await readSourceFile('r.md', Buffer.from(md));
    expect(source).toMatchObject({ kind: 'markdown', title: 'Port report' });
    expect(source.text).toBe('Ships resumed loading at the port.\n\nOutlook\n\n- calm seas');
  });
});

describe('html', () => {
  const page = `<!doctype html><html><head>
    <title>Fallback title</title>
    <meta property="og:title" content="Grain corridor reopens">
    <meta name="author" content="Ana Petrova">
    <meta property="og:site_name" content="Harbour Gazette">
    <meta property="article:published_time" content="2025-06-03T08:30:00Z">
    <link rel="canonical" href="https://gazette.example/grain">
    <script>document.title = 'HACKED'; globalThis.ran = true;</script>
  </head><body>
    <nav>Home | World | Sport</nav>
    <article>
      <h1>Grain corridor reopens</h1>
      <p>The first convoy left Odesa on Tuesday under escort, officials said.</p>
      <p>Insurers had demanded “credible guarantees” before covering the voyage; the navy’s escort provided them.</p>
      <script>document.write('<p>INJECTED</p>')</script>
      <p>Further sailings are expected this week if the weather holds and mines are cleared.</p>
      <p>Share this article</p>
    </article>
    <img src="http://tracker.example/pixel.gif">
  </body></html>`;

  it('takes metadata from meta tags, the article text, and never runs scripts', async () => {
    const source = await readSourceFile('grain.html', Buffer.from(page));
    expect(source).toMatchObject({
      kind: 'html',
      title: 'Grain corridor reopens',
      creators: [{ literal: 'Ana Petrova' }],
      outlet: 'Harbour Gazette',
      publishedAt: '2025-06-03T08:30:00Z',
      url: 'https://gazette.example/grain',
    });
    expect(source.text).toContain('The first convoy left Odesa on Tuesday');
    expect(source.text).toContain('“credible guarantees”');
    expect(source.text).not.toContain('INJECTED');
    expect(source.text).not.toContain('HACKED');
    expect(source.text).not.toContain('document.');
    expect(source.text).not.toMatch(/Share this article/);
    expect((globalThis as { ran?: boolean }).ran).toBeUndefined();
  });
  it('reads a saved fragment or bare text without <html> and <body>, as a browser would', async () => {
    const fragment = await readSourceFile(
      'notice.html',
      Buffer.from(
        '<div><h2>Notice</h2><p>The harbour is closed to small craft until Friday.</p></div>',
      ),
    );
    expect(fragment.text).toBe('Notice\n\nThe harbour is closed to small craft until Friday.');
    const bare = await readSourceFile(
      'bare.html',
      Buffer.from('Pilots resumed work at the outer anchorage this morning.'),
    );
    expect(bare.text).toBe('Pilots resumed work at the outer anchorage this morning.');
  });
});

describe('pdf', () => {
  it('reads a two-page PDF and keeps where each page starts', async () => {
    const bytes = await makePdf(
      [
        { text: 'Page one says the convoy left at dawn.' },
        { text: 'Page two says the convoy arrived safely.', pageBreak: 'before' },
      ],
      { title: 'Convoy log', author: 'Harbour Office' },
    );
    const source = await readSourceFile('log.pdf', bytes);
    expect(source).toMatchObject({
      kind: 'pdf',
      title: 'Convoy log',
      creators: [{ literal: 'Harbour Office' }],
    });
    expect(source.pageOffsets).toHaveLength(2);
    const second = source.text.indexOf('Page two');
    expect(source.pageOffsets![1]).toBe(second);
    expect(locatorFor(source.text, second + 5, source.pageOffsets)).toBe('p. 2');
    expect(locatorFor(source.text, 3, source.pageOffsets)).toBe('p. 1');
  });

  it('refuses a PDF without a text layer', async () => {
    const bytes = await makePdf([
      { canvas: [{ type: 'rect', x: 0, y: 0, w: 200, h: 100, color: '#888' }] },
    ]);
    expect(await refusal(readSourceFile('scan.pdf', bytes))).toBe(
      'The PDF has no text layer — scanned document?',
    );
  });
});

describe('docx', () => {
  it('reads the paragraphs of a Word document; the heading is the title', async () => {
    const bytes = await makeDocx('Situation report', [
      'Shipping resumed on Tuesday.',
      'Прогноз: спокойное море.',
    ]);
    const source = await readSourceFile('sitrep.docx', bytes);
    expect(source).toMatchObject({ kind: 'docx', title: 'Situation report' });
    expect(source.text).toBe('Shipping resumed on Tuesday.\n\nПрогноз: спокойное море.');
  });
});

describe('refusals', () => {
  it('refuses an empty file', async () => {
    expect(await refusal(readSourceFile('empty.txt', Buffer.alloc(0)))).toBe('The file is empty.');
  });

  it('refuses a file over the size limit (configurable)', async () => {
    const message = await refusal(
      readSourceFile('big.txt', Buffer.alloc(2 * 1024 * 1024, 'a'), 1024 * 1024),
    );
    expect(message).toMatch(/files over 1\.0 MB are not imported/);
  });

  it('refuses a binary posing as text', async () => {
    const binary = Buffer.from([
      0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x3e, 0x00,
    ]);
    expect(await refusal(readSourceFile('notes.txt', binary))).toMatch(/binary file, not text/);
  });

  it('refuses unreadable files: a corrupt PDF and a broken DOCX', async () => {
    expect(
      await refusal(readSourceFile('bad.pdf', Buffer.from('%PDF-1.7\nnot really a pdf'))),
    ).toMatch(/PDF could not be read/);
    expect(await refusal(readSourceFile('bad.docx', Buffer.from('PK\x03\x04garbage')))).toMatch(
      /Word document could not be read/,
    );
    expect(await refusal(readSourceFile('fake.pdf', Buffer.from('hello')))).toMatch(/not a PDF/);
  });

  it('refuses whitespace-only text and unsupported types', async () => {
    expect(await refusal(readSourceFile('blank.txt', Buffer.from(' \n\t\n ')))).toBe(
      'No text was found in the file.',
    );
    expect(await refusal(readSourceFile('image.png', Buffer.from('\x89PNG\r\n')))).toMatch(
      /Unsupported file type "\.png"/,
    );
  });
});
