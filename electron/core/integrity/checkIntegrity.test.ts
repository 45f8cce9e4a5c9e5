import { describe, expect, it } from 'vitest';
import { claim, editorState, excerpt, paragraph, source, text } from '../../../tests/exportNotes';
import { checkIntegrity, type LibraryState } from './checkIntegrity';
import { citedItems, noteRoot } from './citedItems';
import { refreshContent } from './refreshContent';
import { integrityStatement } from './statement';

const report1 = source(1, 'Report', 'TLP:GREEN');
const quoteA = 'Unless they halt, we will respond';
const evidence = {
  excerptId: 7,
  relation: 'supports' as const,
  quote: quoteA,
  locator: 'para. 3',
  marking: 'TLP:GREEN',
  source: report1,
};
const content = editorState([
  excerpt(7, quoteA, report1, 'para. 3'),
  claim(4, 'Talks stall.', [evidence]),
  paragraph(text('Again: '), excerpt(7, quoteA, report1, 'para. 3') as never),
]);

const library = (overrides: Partial<LibraryState> = {}): LibraryState => ({
  excerpts: {
    7: { quote: quoteA, locator: 'para. 3', marking: 'TLP:GREEN', source: report1, placed: true },
  },
  claims: {
    4: {
      text: 'Talks stall.',
      likelihood: 'likely',
      confidence: 'moderate',
      marking: null,
      evidence: [evidence],
    },
  },
  sources: {},
  ...overrides,
});

const at = new Date(2026, 10, 30, 12);

describe('the integrity check', () => {
  it('verifies a note whose snapshots match the library, once per cited item', () => {
    const report = checkIntegrity(citedItems(noteRoot(content)), library(), at);
    expect(report.items.map((i) => [i.key, i.state])).toEqual([
      ['excerpt:7', 'verified'],
      ['claim:4', 'verified'],
    ]);
    expect(report).toMatchObject({ verified: true, quotations: 1 });
    expect(integrityStatement(report)).toBe(
      'The one quotation verified against its source on 30 Nov 2026.',
    );
  });

  it('says what changed, and flags a claim whose evidence is no longer in its source', () => {
    const state = library({
      excerpts: {
        7: {
          quote: quoteA,
          locator: 'para. 4',
          marking: 'TLP:AMBER',
          source: { ...report1, marking: 'TLP:AMBER' },
          placed: false,
        },
      },
      claims: {
        4: {
          text: 'Talks stall.',
          likelihood: 'very likely',
          confidence: 'moderate',
          marking: null,
          evidence: [evidence],
        },
      },
    });
    const report = checkIntegrity(citedItems(noteRoot(content)), state, at);
    expect(report.items[0]).toMatchObject({
      state: 'notInSource',
      changes: ['marking', 'details'],
      message: 'not in the current version of the source; also changed: marking, details',
    });
    expect(report.items[1]).toMatchObject({ state: 'notInSource' });
    expect(report.items[1]!.changes).toEqual(['likelihood', 'marking', 'details']);
    expect(integrityStatement(report)).toBeNull();
  });

  it('reads a likelihood saved as `likelihood`, never mistaking analytic confidence for it', () => {
    const renamed = content.replace(
      '"likelihood":"likely","confidence":"moderate"',
      '"likelihood":"likely","confidence":"high"',
    );
    const state = library({
      claims: {
        4: {
          text: 'Talks stall.',
          likelihood: 'likely',
          confidence: 'high',
          marking: null,
          evidence: [evidence],
        },
      },
    });
    expect(checkIntegrity(citedItems(noteRoot(renamed)), state, at).verified).toBe(true);
  });

  it('Refresh takes the library copy of changed items and unlinks removed ones, keeping their words', () => {
    const changed = library({
      excerpts: {
        7: {
          quote: quoteA,
          locator: 'para. 9',
          marking: 'TLP:GREEN',
          source: report1,
          placed: true,
        },
      },
      claims: { 4: null },
    });
    const report = checkIntegrity(citedItems(noteRoot(content)), changed, at);
    expect(report.counts).toMatchObject({ changed: 1, removed: 1 });
    const refreshed = refreshContent(content, report);
    const after = checkIntegrity(citedItems(noteRoot(refreshed)), changed, at);
    expect(after.verified).toBe(true);
    expect(refreshed).toContain('"locator":"para. 9"');
    expect(refreshed).toContain(
      '{"type":"paragraph","version":1,"direction":null,"format":"","indent":0,"children":[{"type":"text","version":1,"text":"Talks stall."',
    );
  });
});
