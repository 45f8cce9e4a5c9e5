import { Document, FootnoteReferenceRun, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { makeDocxParts, makePdf, makePdfWithXmp } from '../../../tests/fixtureFiles';
import { readZipEntry } from './docx/zipEntry';
import { readSourceFile } from './index';

const XMP = `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:prism="http://prismstandard.org/namespaces/basic/2.0/" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">Black Sea shipping after the strikes</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>Kovalenko, Olena</rdf:li><rdf:li>Maritime Research Institute</rdf:li></rdf:Seq></dc:creator>
<prism:publicationDate>2024-03-15</prism:publicationDate>
<xmp:CreateDate>2019-01-02T10:00:00Z</xmp:CreateDate>
</rdf:Description></rdf:RDF></x:xmpmeta>
<?xpacket end="w"?>`;

describe('details read at import', () => {
  it('DOCX: core properties give title, creators and date; footnotes and endnotes follow the body', async () => {
    const doc = new Document({
      creator: 'Harbour Office; Marrow, Ilse',
      title: 'Port security assessment',
      subject: 'Northern terminal',
      sections: [
        {
          children: [
            new Paragraph({
              children: [
                new TextRun('Ships resumed loading on Tuesday.'),
                new FootnoteReferenceRun(1),
              ],
            }),
            new Paragraph('Pilots remain on strike.'),
          ],
        },
      ],
      footnotes: { 1: { children: [new Paragraph('Harbour master, by telephone.')] } },
    });
    const bytes = await Packer.toBuffer(doc);
    const created = /<dcterms:created[^>]*>(\d{4}-\d{2}-\d{2})/.exec(
      readZipEntry(bytes, 'docProps/core.xml')!.toString('utf8'),
    )![1];
    const source = await readSourceFile('assessment.docx', bytes);
    expect(source).toMatchObject({
      title: 'Port security assessment',
      creators: [{ literal: 'Harbour Office' }, { family: 'Marrow', given: 'Ilse' }],
      publishedAt: created,
      note: 'Subject: Northern terminal',
    });
    expect(source.found).toEqual(['title', 'creators', 'publishedAt', 'notes']);
    expect(source.text).toBe(
      'Ships resumed loading on Tuesday.\n\nPilots remain on strike.\n\nFootnotes\n1. Harbour master, by telephone.',
    );
  });

  it('DOCX: endnotes are kept, notes tell documents apart, a note alone is text; nothing is invented', async () => {
    const body = ['Convoys sailed at dawn under escort.'];
    const a = await readSourceFile(
      'a.docx',
      makeDocxParts({ body, footnotes: [['Seen from the pier.']], endnotes: [['Log, p. 4.']] }),
    );
    const b = await readSourceFile('b.docx', makeDocxParts({ body, footnotes: [['Reported.']] }));
    expect(a.text).toBe(
      'Convoys sailed at dawn under escort.\n\nFootnotes\n1. Seen from the pier.\n\nEndnotes\n1. Log, p. 4.',
    );
    expect(b.text).not.toBe(a.text);
    const onlyNote = await readSourceFile(
      'n.docx',
      makeDocxParts({ body: [], footnotes: [['The only words are in this note.']] }),
    );
    expect(onlyNote.text).toBe('Footnotes\n1. The only words are in this note.');
    // No core properties: no creators, no date, and the title comes from the text.
    expect(a).toMatchObject({ creators: [], publishedAt: null, language: null });
    expect(a.found).toEqual(['notes']);
    expect(a.title).toBe('Convoys sailed at dawn under escort.');
  });

  it('PDF: XMP title, creators and publication date; the file creation date is never the date', async () => {
    const withXmp = makePdfWithXmp(
      'Traffic through the strait fell by a third.',
      { Title: 'Think tank brief', Author: 'jdoe', CreationDate: "D:20190102100000+00'00'" },
      XMP,
    );
    const source = await readSourceFile('brief.pdf', withXmp);
    expect(source).toMatchObject({
      title: 'Black Sea shipping after the strikes',
      creators: [
        { family: 'Kovalenko', given: 'Olena' },
        { literal: 'Maritime Research Institute' },
      ],
      publishedAt: '2024-03-15',
    });
    expect(source.found).toEqual(['title', 'creators', 'publishedAt']);
    expect(source.text).toBe('Traffic through the strait fell by a third.');

    // Info alone: its title and author are read, its CreationDate is not a publication date.
    const infoOnly = await readSourceFile(
      'info.pdf',
      await makePdf([{ text: 'Convoys sailed at dawn.' }], {
        title: 'Convoy log',
        author: 'Harbour Office',
      }),
    );
    expect(infoOnly).toMatchObject({ title: 'Convoy log', publishedAt: null });
    const bare = await readSourceFile(
      'bare.pdf',
      makePdfWithXmp('Nothing but text here.', { CreationDate: 'D:20200101000000Z' }),
    );
    expect(bare).toMatchObject({ creators: [], publishedAt: null, found: [] });
  });

  it('Markdown: front matter gives title, authors, date, outlet, url, marking and tags', async () => {
    const md = [
      '---',
      'title: "Grain corridor: week 12"',
      'authors:',
      '  - Petrova, Ana',
      '  - Black Sea Monitor',
      'date: 2024-03',
      'outlet: Harbour Gazette',
      'url: https://gazette.example/grain?utm_source=rss&id=12&fbclid=abc',
      'marking: amber',
      'tags: [region/black-sea, topic/grain]',
      '---',
      '',
      'Loadings **rose** again.',
    ].join('\n');
    const source = await readSourceFile('week12.md', Buffer.from(md));
    expect(source).toMatchObject({
      title: 'Grain corridor: week 12',
      creators: [{ family: 'Petrova', given: 'Ana' }, { literal: 'Black Sea Monitor' }],
      publishedAt: '2024-03',
      outlet: 'Harbour Gazette',
      url: 'https://gazette.example/grain?id=12',
      marking: 'amber',
      tags: ['region/black-sea', 'topic/grain'],
      text: 'Loadings rose again.',
    });
    expect(source.found).toEqual([
      'title',
      'creators',
      'outlet',
      'publishedAt',
      'url',
      'marking',
      'tags',
    ]);
    const plain = await readSourceFile('plain.md', Buffer.from('# Heading\n\nJust text.'));
    expect(plain).toMatchObject({ title: 'Heading', creators: [], publishedAt: null, found: [] });
    const bad = await readSourceFile('bad.md', Buffer.from('---\ndate: 2024-02-30\n---\nText.'));
    expect(bad.publishedAt).toBeNull();
    expect(bad.warnings).toEqual(['The date "2024-02-30" was not understood; it was left empty.']);
  });

  it('plain text: a header block gives title, author, date, source and handling', async () => {
    const txt = [
      'Title: Field report 7 — northern terminal',
      'Author: Brevik, Tomas',
      'Date: 12 March 2026',
      'Source: Strait Observer',
      'Handling: TLP:GREEN',
      '',
      'Lorries queued for two days at the northern terminal.',
    ].join('\n');
    const source = await readSourceFile('report7.txt', Buffer.from(txt));
    expect(source).toMatchObject({
      title: 'Field report 7 — northern terminal',
      creators: [{ family: 'Brevik', given: 'Tomas' }],
      publishedAt: '2026-03-12',
      outlet: 'Strait Observer',
      marking: 'TLP:GREEN',
      text: 'Lorries queued for two days at the northern terminal.',
    });
    expect(source.found).toEqual(['title', 'creators', 'outlet', 'publishedAt', 'marking']);

    // Prose that merely starts with "Date:"-like words is not a header; nothing is invented.
    const prose = await readSourceFile(
      'prose.txt',
      Buffer.from('Source: a man at the pier said the ships had left.\nNobody else saw them.'),
    );
    expect(prose).toMatchObject({ creators: [], publishedAt: null, outlet: null, marking: null });
    expect(prose.found).toEqual([]);
    expect(prose.text).toContain('Source: a man at the pier');
  });
});
