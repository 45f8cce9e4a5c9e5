import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../tests/tempDir';
import { openTestLibrary, upload, type TestLibrary } from '../../../tests/library';
import { toFtsQuery } from './ftsQuery';

const tempDir = useTempDirs();
let lib: TestLibrary;
const ids = { a: 0, b: 0, excerpt: 0, claim: 0, note: 0 };

const page = (title: string, outlet: string, date: string, body: string) =>
  `<!doctype html><html><head><meta property="og:title" content="${title}">
   <meta property="og:site_name" content="${outlet}"><meta property="article:published_time" content="${date}">
   </head><body><article><p>${body}</p><p>${body}</p></article></body></html>`;

beforeEach(async () => {
  lib = openTestLibrary(tempDir());
  const a = await lib.call('sources.import', {
    files: [
      upload(
        'a.html',
        page(
          'Grain exports',
          'Harbour Gazette',
          '2025-03-10',
          'Grain convoys left Odesa under naval escort. Insurers hesitated.',
        ),
      ),
    ],
    tags: ['region/ukraine/odesa'],
  });
  const b = await lib.call('sources.import', {
    files: [
      upload(
        'b.html',
        page(
          'Fuel prices',
          'Market Wire',
          '2024-11-02',
          'Fuel prices rose as convoys were delayed. Crème brûlée sales fell.',
        ),
      ),
    ],
    tags: ['topic/energy'],
  });
  ids.a = a.results[0]!.sourceId!;
  ids.b = b.results[0]!.sourceId!;
  const excerpt = await lib.call('excerpts.create', {
    sourceId: ids.a,
    quote: 'Insurers hesitated',
    occurrence: 1,
    comment: 'risk appetite',
  });
  ids.excerpt = excerpt.id;
  const claim = await lib.call('claims.create', {
    text: 'Convoys will continue through the summer.',
    likelihood: 'likely',
    tags: ['region/ukraine'],
  });
  ids.claim = claim.id;
  const note = await lib.call('notes.create', { title: 'Weekly convoy brief' });
  await lib.call('notes.save', {
    id: note.id,
    title: 'Weekly convoy brief',
    content: JSON.stringify({
      root: {
        type: 'root',
        children: [
          {
            type: 'paragraph',
            children: [{ type: 'text', text: 'Escort arrangements remain fragile.' }],
          },
        ],
      },
    }),
  });
  ids.note = note.id;
});
afterEach(() => lib.core.close());

const search = (text: string, extra: Record<string, unknown> = {}) =>
  lib.call('library.search', { text, ...extra });

describe('library.search', () => {
  it('finds every type in one call, with counts and plain-text highlighted snippets', async () => {
    const result = await search('convoy*');
    expect(result.counts).toEqual({ source: 2, excerpt: 0, claim: 1, note: 1 });
    expect(result.total).toBe(4);
    const types = result.hits.map((h) => h.type).sort();
    expect(types).toEqual(['claim', 'note', 'source', 'source']);
    for (const hit of result.hits) {
      expect(hit.snippet.some((s) => s.highlight)).toBe(true);
      const plain = hit.snippet.map((s) => s.text).join('');
      expect(plain).not.toMatch(/[<>]/);
      expect(plain.includes(String.fromCharCode(2)) || plain.includes(String.fromCharCode(3))).toBe(
        false,
      );
    }
    const note = result.hits.find((h) => h.type === 'note')!;
    expect(note).toMatchObject({ id: ids.note, title: 'Weekly convoy brief' });
  });

  it('keeps the notes index in sync on save', async () => {
    expect((await search('fragile', { types: ['note'] })).hits.map((h) => h.id)).toEqual([
      ids.note,
    ]);
    await lib.call('notes.save', {
      id: ids.note,
      title: 'Weekly convoy brief',
      content: JSON.stringify({
        root: {
          type: 'root',
          children: [{ type: 'paragraph', children: [{ type: 'text', text: 'All calm.' }] }],
        },
      }),
    });
    expect((await search('fragile', { types: ['note'] })).total).toBe(0);
    expect((await search('calm', { types: ['note'] })).total).toBe(1);
  });

  it('handles phrases, prefixes and diacritics', async () => {
    expect((await search('"naval escort"')).counts.source).toBe(1);
    expect((await search('"escort naval"')).counts.source).toBe(0);
    expect((await search('insur*', { types: ['excerpt'] })).hits.map((h) => h.id)).toEqual([
      ids.excerpt,
    ]);
    expect((await search('creme brulee')).counts.source).toBe(1);
    expect((await search('risk', { types: ['excerpt'] })).total).toBe(1); // the comment is indexed
  });

  it('filters by type, tag (a parent matches children), outlet and date range', async () => {
    expect((await search('convoys', { types: ['source'] })).counts).toMatchObject({
      source: 2,
      claim: 0,
    });
    const byParent = await search('convoys', { tags: ['region'] });
    expect(byParent.counts).toEqual({ source: 1, excerpt: 0, claim: 1, note: 0 });
    expect((await search('insurers', { tags: ['region/ukraine'], types: ['excerpt'] })).total).toBe(
      1,
    ); // via its source
    expect((await search('convoys', { outlet: 'market wire' })).hits.map((h) => h.id)).toEqual([
      ids.b,
    ]);
    const dated = await search('convoys', { types: ['source'], from: '2025-01-01', to: '2025-12' });
    expect(dated.hits.map((h) => h.id)).toEqual([ids.a]);
    expect(dated.hits[0]).toMatchObject({ date: '2025-03-10', sourceId: ids.a });
  });

  it('ranks many filtered matches by bm25 (the rowid-range path)', async () => {
    const files = Array.from({ length: 45 }, (_, i) =>
      upload(
        `bulk${i}.txt`,
        `Bulk ${i}\n${i === 17 ? 'harbour harbour harbour harbour' : 'harbour'} notes number ${i} ${'filler '.repeat(i % 7)}`,
      ),
    );
    await lib.call('sources.import', { files, tags: ['bulk'] });
    const result = await search('harbour', { tags: ['bulk'], types: ['source'], limit: 5 });
    expect(result.counts.source).toBe(45);
    expect(result.hits).toHaveLength(5);
    expect(result.hits[0]!.title).toBe('Bulk 17');
    const scores = result.hits.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('pages through results', async () => {
    const all = await search('convoys', { limit: 10 });
    const first = await search('convoys', { limit: 2, offset: 0 });
    const second = await search('convoys', { limit: 2, offset: 2 });
    expect([...first.hits, ...second.hits].map((h) => `${h.type}${h.id}`)).toEqual(
      all.hits.map((h) => `${h.type}${h.id}`),
    );
    expect(first.total).toBe(all.total);
  });

  const HOSTILE = [
    '"',
    '""',
    '"""',
    '"unclosed phrase',
    'closed" stray',
    "'",
    "''",
    '*',
    '**',
    '* *',
    'convoy**',
    '*convoy',
    '-',
    '--',
    '-convoy',
    'convoy -escort',
    '+',
    'AND',
    'OR',
    'NOT',
    'AND OR NOT',
    'convoy AND',
    'OR convoy',
    'NOT convoy',
    'NEAR(',
    'NEAR(convoy escort',
    'NEAR(convoy escort, 2)',
    'NEAR',
    '(',
    ')',
    '()',
    '(convoy',
    'convoy)',
    '^convoy',
    'convoy^',
    ':',
    'title:convoy',
    'text:',
    '{title text}: convoy',
    '{',
    '}',
    '[',
    ']',
    '\\',
    '\\"',
    ';',
    "'; DROP TABLE sources; --",
    '%',
    '_',
    '😀',
    '🚢 convoy',
    '👍🏽👍🏽',
    '\u200b',
    '\u0000',
    '   ',
    '',
    'a',
    'ä',
    'Ω',
    '日本語',
    'convoy\nescort',
    '\t',
    '<script>alert(1)</script>',
    '&amp;',
    '$1',
    '?',
    '!',
    '@',
    '#',
    '~',
    '`',
    '|',
    '||',
    '&&',
    '0',
    '-1',
    '1e309',
    'NaN',
    'null',
    'undefined',
    'c'.repeat(1000),
    '"'.repeat(999),
    '*'.repeat(500),
    'convoy " escort',
    'convoy* "naval',
    'x*y',
    'ab*cd*',
  ];

  it(`never errors on ${HOSTILE.length} hostile query strings`, async () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(50);
    for (const text of HOSTILE) {
      for (const extra of [{}, { tags: ['region'], outlet: 'x', from: '2020' }]) {
        const result = await lib.call('library.search', { text, ...extra }).catch((e: Error) => e);
        expect(result, `query ${JSON.stringify(text)}`).not.toBeInstanceOf(Error);
      }
    }
    // Operators are searched as words, not obeyed.
    expect((await search('convoys NOT escort', { types: ['source'] })).total).toBe(0);
    expect((await search('convoys OR zzz', { types: ['source'] })).total).toBe(0);
    expect((await search('🚢 convoys', { types: ['source'] })).total).toBe(2);
  });
});

describe('toFtsQuery', () => {
  it('quotes every term and keeps phrases and prefixes', () => {
    expect(toFtsQuery('naval escort').match).toBe('"naval" "escort"');
    expect(toFtsQuery('"naval escort" conv*').match).toBe('"naval escort" "conv"*');
    expect(toFtsQuery('AND NEAR( "x').match).toBe('"AND" "NEAR(" "x"');
    expect(toFtsQuery('- * 😀').match).toBeNull();
  });
});
