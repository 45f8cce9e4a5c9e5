import { describe, expect, it } from 'vitest';
import { source } from '../../../tests/exportNotes';
import { defaultResourcesDir } from './resources';
import { cslHtmlToRuns, formatSourceEntries, toCslItem, toCslNames } from './sourceEntries';

describe('sources list entries', () => {
  it('reads author strings as people or organisations', () => {
    expect(toCslNames('Jane Doe')).toEqual([{ family: 'Doe', given: 'Jane' }]);
    expect(toCslNames('Doe, Jane')).toEqual([{ family: 'Doe', given: 'Jane' }]);
    expect(toCslNames('Jane Doe and John Roe')).toHaveLength(2);
    expect(toCslNames('Reuters Staff')).toEqual([{ literal: 'Reuters Staff' }]);
    expect(toCslNames('Madonna')).toEqual([{ literal: 'Madonna' }]);
  });

  it('maps a source snapshot to CSL-JSON', () => {
    const item = toCslItem(
      source(4, 'Title', null, {
        outlet: 'Outlet',
        publishedAt: '2025-06-03',
        url: 'https://x.org',
      }),
    );
    expect(item).toMatchObject({
      id: 's4',
      type: 'article-newspaper',
      'container-title': 'Outlet',
      issued: { 'date-parts': [[2025, 6, 3]] },
      URL: 'https://x.org',
    });
  });

  it('turns citeproc HTML into runs with italics and decoded entities', () => {
    expect(
      cslHtmlToRuns('  <div class="csl-entry">Doe &amp; Roe. <i>Outlet</i>, 2025.</div>\n'),
    ).toEqual([{ text: 'Doe & Roe. ' }, { text: 'Outlet', italics: true }, { text: ', 2025.' }]);
  });

  it('formats in Chicago and APA, keyed by citation number in first-cited order', () => {
    const z = source(9, 'Zebra crossings', null, { author: 'Zed Zulu', publishedAt: '2020' });
    const a = source(2, 'Apples', null, { author: 'Ann Able', publishedAt: '2021' });
    const numbered = [
      { number: 1, source: z },
      { number: 2, source: a },
    ];
    const text = (runs: { text: unknown }[] | undefined) => runs?.map((r) => r.text).join('');
    const chicago = formatSourceEntries(numbered, 'chicago', defaultResourcesDir());
    expect(text(chicago.get(1))).toBe('Zulu, Zed. “Zebra Crossings,” 2020.');
    expect(text(chicago.get(2))).toMatch(/^Able, Ann\./);
    const apa = formatSourceEntries(numbered, 'apa', defaultResourcesDir());
    expect(text(apa.get(1))).toMatch(/^Zulu, Z\. \(2020\)\. Zebra crossings/);
  });
});
