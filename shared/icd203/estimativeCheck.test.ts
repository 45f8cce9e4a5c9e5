import { describe, expect, it } from 'vitest';
import {
  checkBlocks,
  createBlockChecker,
  checkSentence,
  splitSentences,
  type EstimativeFlagKind,
  type SentenceContext,
} from './estimativeCheck';
import { noteProse, type ProseNode } from './noteProse';
import type { Likelihood } from './scale';

const prose: SentenceContext = { keyJudgment: false, likelihood: null };
const key: SentenceContext = { keyJudgment: true, likelihood: null };
const claim = (likelihood: Likelihood, keyJudgment = false): SentenceContext => ({
  keyJudgment,
  likelihood,
});

const V: EstimativeFlagKind = 'vague-hedge';
const C: EstimativeFlagKind = 'contradicts-likelihood';
const O: EstimativeFlagKind = 'outside-lexicon';
const M: EstimativeFlagKind = 'mixed-scales';

/** [sentence, where it sits, the flags expected (kind and flagged words), in sentence order] */
const TABLE: [string, SentenceContext, [EstimativeFlagKind, string][]][] = [
  // Clean sentences: no flags.
  ['Shipping through the strait is likely to resume by June.', prose, []],
  ['Talks are very unlikely to produce a ceasefire this month.', prose, []],
  ['A naval blockade is almost certain to continue.', prose, []],
  ['The ministry almost certainly approved the convoy.', prose, []],
  ['There is a roughly even chance that the ferry resumes.', prose, []],
  ['An attack on the port is unlikely.', prose, []],
  ['A collapse of the talks is remote.', prose, []],
  ['A settlement is highly improbable before winter.', prose, []],
  ['Renewed shelling is probable.', prose, []],
  ['Insurers are nearly certain to raise premiums.', prose, []],
  ['We assess with moderate confidence that insurers will hold out.', prose, []],
  ['The convoy sailed at dawn on 3 June.', key, []],
  ['Exports fell by a third in May.', key, []],
  ['May brought the first convoy.', prose, []],
  ['The harbour master may reopen the port.', prose, []],
  ['Officials could not confirm the report.', prose, []],
  ['Escorts are likely; shipping is likely to resume.', claim('likely'), []],
  ['Exports will very likely recover.', claim('very likely'), []],
  ['A deal is roughly even odds.', claim('roughly even chance'), []],
  ['The blockade is highly probable to hold.', claim('very likely'), []],
  ['Sanctions are unlikely to change course.', claim('unlikely', true), []],
  ['U.S. officials expect the talks to resume.', key, []],
  ['Analysts reviewed twelve reports.', claim('almost certain'), []],
  // (a) Vague hedges in key judgments.
  ['Russia may escalate in the Black Sea.', key, [[V, 'may']]],
  ['Insurers might return within weeks.', key, [[V, 'might']]],
  ['The port could reopen by June.', key, [[V, 'could']]],
  ['The talks will possibly collapse.', key, [[V, 'possibly']]],
  ['Perhaps the ferry resumes next month.', key, [[V, 'Perhaps']]],
  ['It is possible that exports recover.', key, [[V, 'It is possible that']]],
  ['A renewed strike cannot be ruled out.', key, [[V, 'cannot be ruled out']]],
  ['Maybe the escorts return.', key, [[V, 'Maybe']]],
  ['The blockade conceivably ends in spring.', key, [[V, 'conceivably']]],
  [
    'Shipping may resume, and exports could recover.',
    key,
    [
      [V, 'may'],
      [V, 'could'],
    ],
  ],
  ['The strait might be mined.', claim('likely', true), [[V, 'might']]],
  ['A deal is potentially within reach.', key, [[V, 'potentially']]],
  // (b) Contradicting the claim's likelihood.
  [
    'Shipping will almost certainly resume.',
    claim('roughly even chance'),
    [[C, 'almost certainly']],
  ],
  ['A deal is unlikely.', claim('likely'), [[C, 'unlikely']]],
  ['Escorts are very likely to return.', claim('likely'), [[C, 'very likely']]],
  ['There is almost no chance of a ceasefire.', claim('unlikely'), [[C, 'almost no chance']]],
  ['Exports are likely to recover.', claim('very unlikely'), [[C, 'likely']]],
  ['A settlement is remote.', claim('roughly even chance'), [[C, 'remote']]],
  ['The embargo is nearly certain to end.', claim('likely'), [[C, 'nearly certain']]],
  ['A strike is improbable.', claim('very unlikely'), [[C, 'improbable']]],
  [
    'There is a roughly even chance of talks.',
    claim('almost certain'),
    [[C, 'roughly even chance']],
  ],
  // (c) Terms outside the lexicon, with the term to use.
  ['Shipping will probably resume.', prose, [[O, 'probably']]],
  ['There is a good chance the ferry runs.', prose, [[O, 'a good chance']]],
  ['A ceasefire is highly likely.', prose, [[O, 'highly likely']]],
  ['Escalation is highly unlikely.', prose, [[O, 'highly unlikely']]],
  ['Chances are the talks stall.', prose, [[O, 'Chances are']]],
  ['A deal is doubtful.', prose, [[O, 'doubtful']]],
  ['The port will certainly reopen.', prose, [[O, 'certainly']]],
  ['It is a toss-up whether insurers return.', prose, [[O, 'toss-up']]],
  ['Renewal is fifty-fifty at best.', prose, [[O, 'fifty-fifty']]],
  ['Exports are virtually certain to fall.', prose, [[O, 'virtually certain']]],
  ['There is a slight chance of a truce.', prose, [[O, 'slight chance']]],
  ['In all likelihood the strait stays closed.', prose, [[O, 'In all likelihood']]],
  ['There is no chance of a deal.', prose, [[O, 'no chance']]],
  ['The escorts will most likely return.', prose, [[O, 'most likely']]],
  ['Shipping will probably resume.', claim('likely'), [[O, 'probably']]],
  [
    'Shipping will probably resume.',
    claim('unlikely'),
    [
      [C, 'probably'],
      [O, 'probably'],
    ],
  ],
  ['The strait will definitely reopen.', claim('almost certain'), [[O, 'definitely']]],
  // (d) Confidence and likelihood in one sentence; words from both rows of terms.
  [
    'We assess with high confidence that talks are likely to stall.',
    prose,
    [[M, 'high confidence']],
  ],
  ['With moderate confidence, an attack is unlikely.', prose, [[M, 'moderate confidence']]],
  ['We are highly confident the port is very likely to reopen.', prose, [[M, 'highly confident']]],
  ['Low confidence: a deal is remote.', prose, [[M, 'Low confidence']]],
  ['Talks are likely to stall, and a deal is remote.', prose, [[M, 'remote']]],
  ['A strike is probable but escalation is very unlikely.', prose, [[M, 'very unlikely']]],
  [
    'Shipping is nearly certain to resume and insurers are unlikely to object.',
    prose,
    [[M, 'unlikely']],
  ],
  [
    'High confidence in the sourcing; the event itself is very likely.',
    prose,
    [[M, 'High confidence']],
  ],
  // Several at once.
  [
    'We have high confidence that shipping will probably resume.',
    claim('likely', true),
    [
      [M, 'high confidence'],
      [O, 'probably'],
    ],
  ],
  [
    'Insurers may return, though this is highly unlikely.',
    claim('likely', true),
    [
      [V, 'may'],
      [C, 'highly unlikely'],
      [O, 'highly unlikely'],
    ],
  ],
];

describe('estimative-language check: the table', () => {
  it('has at least 60 sentences', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(60);
  });

  it.each(TABLE)('%s', (sentence, context, expected) => {
    const flags = checkSentence(sentence, context);
    expect(flags.map((f) => [f.kind, f.term])).toEqual(expected);
    for (const flag of flags) expect(sentence.slice(flag.start, flag.end)).toBe(flag.term);
  });
});

describe('estimative-language check: details', () => {
  it('names the ICD 203 term to use instead, with its range', () => {
    const [flag] = checkSentence('Shipping will probably resume.', prose);
    expect(flag).toMatchObject({ suggestion: 'likely' });
    expect(flag!.message).toBe(
      '“probably” is not an ICD 203 likelihood term: use “likely” (55–80%).',
    );
    const [contradiction] = checkSentence('A deal is almost certain.', claim('unlikely'));
    expect(contradiction!.message).toContain('but the claim is unlikely (20–45%)');
  });

  it('splits prose into sentences, keeping abbreviations and initials whole', () => {
    const text = 'Mr. Ivanov said so. U.S. officials agreed! Did they? “Yes.” Then\nanother';
    const parts = splitSentences(text).map(({ start, end }) => text.slice(start, end));
    expect(parts).toEqual([
      'Mr. Ivanov said so.',
      'U.S. officials agreed!',
      'Did they?',
      '“Yes.”',
      'Then',
      'another',
    ]);
  });

  it('reads a note: key judgments section, claims, the prose beside a claim, and what cites its evidence', () => {
    const text = (t: string) => ({ type: 'text', text: t });
    const para = (...children: object[]) => ({ type: 'paragraph', children });
    const heading = (t: string) => ({ type: 'heading', tag: 'h2', children: [text(t)] });
    const root = {
      type: 'root',
      children: [
        heading('Key judgments'),
        para(text('Shipping may resume. Insurers will return.')),
        {
          type: 'list',
          children: [{ type: 'listitem', children: [text('Escorts might follow.')] }],
        },
        heading('Discussion'),
        para(text('The port may reopen.')),
        {
          type: 'bw-claim',
          version: 1,
          claimId: 1,
          text: 'Talks will stall.',
          confidence: 'roughly even chance',
          evidence: [{ excerptId: 7 }],
        },
        para(text('Talks will almost certainly stall.')),
        para(text('Unrelated.')),
        para(text('As reported, a stall is very likely.'), { type: 'bw-citation', excerptId: 7 }),
      ],
    };
    const blocks = noteProse(root as ProseNode);
    expect(blocks.map((b) => [b.id, b.context.keyJudgment, b.context.likelihood])).toEqual([
      ['1', true, null],
      ['2.0', true, null],
      ['4', false, 'roughly even chance'],
      ['5', true, 'roughly even chance'],
      ['6', false, 'roughly even chance'],
      ['7', false, null],
      ['8', false, 'roughly even chance'],
    ]);
    const flags = checkBlocks(blocks);
    expect(flags.map((f) => [f.blockId, f.kind, f.term, f.sentence])).toEqual([
      ['1', 'vague-hedge', 'may', 'Shipping may resume.'],
      ['2.0', 'vague-hedge', 'might', 'Escorts might follow.'],
      ['6', 'contradicts-likelihood', 'almost certainly', 'Talks will almost certainly stall.'],
      ['8', 'contradicts-likelihood', 'very likely', 'As reported, a stall is very likely.'],
    ]);
    const second = flags[0]!;
    expect(blocks[0]!.text.slice(second.sentenceStart, second.sentenceEnd)).toBe(second.sentence);
  });

  it('re-checks only changed blocks and gives the same flags as a full check', () => {
    const check = createBlockChecker();
    const blocks = [
      { id: '0', text: 'Talks will probably stall.', context: prose },
      { id: '1', text: 'Talks will probably stall.', context: prose },
      { id: '2', text: 'It may rain.', context: key },
    ];
    expect(check(blocks)).toEqual(checkBlocks(blocks));
    const edited = [blocks[0]!, { ...blocks[1]!, text: 'Talks will likely stall.' }, blocks[2]!];
    expect(check(edited)).toEqual(checkBlocks(edited));
    expect(check(edited).map((f) => f.blockId)).toEqual(['0', '2']);
  });
});
