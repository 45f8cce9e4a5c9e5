/**
 * The estimative-language check: reads a sentence of analysis as ICD 203 would and flags
 *  (a) vague hedges ("may", "might", "could", "possibly"...) in a key judgment,
 *  (b) a word of estimative probability that contradicts the likelihood of the claim the sentence
 *      goes with,
 *  (c) likelihood words outside ICD 203's lexicon, with the term to use instead,
 *  (d) a confidence level and a likelihood term in one sentence, or words from both of ICD 203's
 *      rows of terms ("likely" with "remote").
 * Pure and deterministic, so the editor panel and the export read the same flags.
 */
import { LIKELIHOOD_SCALE, likelihoodRange, type Likelihood } from './scale';

export const ESTIMATIVE_FLAG_KINDS = [
  'vague-hedge',
  'contradicts-likelihood',
  'outside-lexicon',
  'mixed-scales',
] as const;
export type EstimativeFlagKind = (typeof ESTIMATIVE_FLAG_KINDS)[number];

export interface EstimativeFlag {
  kind: EstimativeFlagKind;
  /** The flagged words as written. */
  term: string;
  /** Where the words sit in the sentence (UTF-16 offsets, end exclusive). */
  start: number;
  end: number;
  message: string;
  /** What to write instead, when there is one word for it. */
  suggestion: string | null;
}

export interface SentenceContext {
  /** The sentence states a key judgment (a claim, or the BLUF / key judgments section). */
  keyJudgment: boolean;
  /** The likelihood of the claim the sentence goes with, when there is one. */
  likelihood: Likelihood | null;
}

/** Likelihood words outside the lexicon, with the ICD 203 term that says what they mean. */
const OUTSIDE_LEXICON: Record<string, Likelihood> = {
  probably: 'likely',
  'very probably': 'very likely',
  'a good chance': 'likely',
  'good chance': 'likely',
  'chances are': 'likely',
  'fairly likely': 'likely',
  'quite likely': 'likely',
  'somewhat likely': 'likely',
  'more likely than not': 'likely',
  'highly likely': 'very likely',
  'most likely': 'very likely',
  'extremely likely': 'very likely',
  'in all likelihood': 'very likely',
  'highly unlikely': 'very unlikely',
  'extremely unlikely': 'very unlikely',
  'slight chance': 'very unlikely',
  'small chance': 'very unlikely',
  'little chance': 'very unlikely',
  doubtful: 'unlikely',
  'no chance': 'almost no chance',
  'even chance': 'roughly even chance',
  'fifty-fifty': 'roughly even chance',
  '50-50': 'roughly even chance',
  'toss-up': 'roughly even chance',
  'coin flip': 'roughly even chance',
  'virtually certain': 'almost certain',
  'virtually certainly': 'almost certain',
  'almost surely': 'almost certain',
  certainly: 'almost certain',
  definitely: 'almost certain',
  undoubtedly: 'almost certain',
  'without doubt': 'almost certain',
};

/** Vague hedges: fine in discussion, not in a key judgment. */
const HEDGES = [
  'it is possible that',
  'it is conceivable that',
  'cannot be ruled out',
  'cannot rule out',
  'may',
  'might',
  'could',
  'possibly',
  'possible',
  'perhaps',
  'maybe',
  'conceivably',
  'potentially',
];

const CONFIDENCE =
  /(?<![\p{L}\p{N}])(?:(?:high|moderate|medium|low)(?:[- ]confidence)|(?:highly|moderately|fairly|reasonably) confident)(?![\p{L}\p{N}])/giu;

type TermKind =
  | { kind: 'term'; band: Likelihood; row: 1 | 2 }
  | { kind: 'outside'; band: Likelihood }
  | { kind: 'hedge' };

const TERMS = new Map<string, TermKind>();
for (const band of LIKELIHOOD_SCALE) {
  for (const form of band.forms) TERMS.set(form, { kind: 'term', band: band.term, row: 1 });
  for (const form of band.alternativeForms)
    TERMS.set(form, { kind: 'term', band: band.term, row: 2 });
}
for (const [form, band] of Object.entries(OUTSIDE_LEXICON))
  TERMS.set(form, { kind: 'outside', band });
for (const hedge of HEDGES) TERMS.set(hedge, { kind: 'hedge' });

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Longest first, so "very unlikely" wins over "unlikely" and "highly likely" over "likely". */
const TERM_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}-])(?:${[...TERMS.keys()]
    .sort((a, b) => b.length - a.length)
    .map((t) => escape(t).replace(/ /g, '\\s+'))
    .join('|')})(?![\\p{L}\\p{N}-])`,
  'giu',
);

interface Found {
  text: string;
  start: number;
  end: number;
  what: TermKind;
}

function findTerms(sentence: string): Found[] {
  const found: Found[] = [];
  for (const m of sentence.matchAll(TERM_PATTERN)) {
    const text = m[0];
    const what = TERMS.get(text.toLowerCase().replace(/\s+/g, ' '));
    if (!what) continue;
    // "May" in mid-sentence is the month.
    if (text === 'May' && m.index > 0) continue;
    found.push({ text, start: m.index, end: m.index + text.length, what });
  }
  return found;
}

const quoted = (s: string) => `“${s}”`;

/** The flags for one sentence; offsets are into `sentence`. */
export function checkSentence(sentence: string, context: SentenceContext): EstimativeFlag[] {
  const flags: EstimativeFlag[] = [];
  const terms = findTerms(sentence);
  const likelihoodWords = terms.filter((t) => t.what.kind !== 'hedge');

  for (const t of terms) {
    if (t.what.kind === 'hedge' && context.keyJudgment) {
      flags.push({
        kind: 'vague-hedge',
        term: t.text,
        start: t.start,
        end: t.end,
        message: `${quoted(t.text)} is a vague hedge in a key judgment: say how likely, with an ICD 203 term${context.likelihood ? ` (the claim is ${quoted(context.likelihood)})` : ''}.`,
        suggestion: context.likelihood,
      });
    }
    if (t.what.kind === 'outside') {
      flags.push({
        kind: 'outside-lexicon',
        term: t.text,
        start: t.start,
        end: t.end,
        message: `${quoted(t.text)} is not an ICD 203 likelihood term: use ${quoted(t.what.band)} (${likelihoodRange(t.what.band)}).`,
        suggestion: t.what.band,
      });
    }
    if (
      t.what.kind !== 'hedge' &&
      context.likelihood !== null &&
      t.what.band !== context.likelihood
    ) {
      flags.push({
        kind: 'contradicts-likelihood',
        term: t.text,
        start: t.start,
        end: t.end,
        message: `${quoted(t.text)} says ${t.what.band} (${likelihoodRange(t.what.band)}), but the claim is ${context.likelihood} (${likelihoodRange(context.likelihood)}).`,
        suggestion: context.likelihood,
      });
    }
  }

  const confidence = [...sentence.matchAll(CONFIDENCE)][0];
  if (confidence && likelihoodWords.length > 0) {
    flags.push({
      kind: 'mixed-scales',
      term: confidence[0],
      start: confidence.index,
      end: confidence.index + confidence[0].length,
      message: `${quoted(confidence[0])} and ${quoted(likelihoodWords[0]!.text)} in one sentence: ICD 203 states confidence and likelihood in separate sentences.`,
      suggestion: null,
    });
  }
  const rowOne = likelihoodWords.find((t) => t.what.kind === 'term' && t.what.row === 1);
  const rowTwo = likelihoodWords.find((t) => t.what.kind === 'term' && t.what.row === 2);
  if (rowOne && rowTwo) {
    const later = rowOne.start > rowTwo.start ? rowOne : rowTwo;
    flags.push({
      kind: 'mixed-scales',
      term: later.text,
      start: later.start,
      end: later.end,
      message: `${quoted(rowOne.text)} and ${quoted(rowTwo.text)} come from ICD 203's two different rows of terms: use one row.`,
      suggestion: null,
    });
  }
  return flags.sort((a, b) => a.start - b.start || a.kind.localeCompare(b.kind));
}

const ABBREVIATIONS =
  /(?:^|[\s.])(?:mr|mrs|ms|dr|st|no|vs|etc|e\.g|i\.e|approx|gen|col|lt|sgt|[a-z])\.$/i;

/**
 * Sentences of a block of prose as [start, end) offsets (trailing spaces excluded). Splits after
 * ., ! or ? (with closing quotes or brackets) before a space, and at line breaks; never after a
 * common abbreviation or an initial.
 */
export function splitSentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  const boundary = /[.!?]+["”’)\]]*(?=\s)|\n/g;
  for (const m of text.matchAll(boundary)) {
    const end = m.index + m[0].length;
    if (m[0] !== '\n' && ABBREVIATIONS.test(text.slice(Math.max(start, m.index - 6), end)))
      continue;
    push(end);
    start = end;
  }
  push(text.length);
  return out;
}

/** A block of prose in a note, with what the check needs to know about it. */
export interface CheckBlock {
  /** Where the block is (a path of child indexes), to jump back to it. */
  id: string;
  text: string;
  context: SentenceContext;
}

export interface NoteFlag extends EstimativeFlag {
  blockId: string;
  /** The sentence, and where it sits in its block's text. */
  sentence: string;
  sentenceStart: number;
  sentenceEnd: number;
}

/** Every flag in the blocks, in reading order; offsets are into each block's text. */
export function checkBlocks(blocks: readonly CheckBlock[]): NoteFlag[] {
  const flags: NoteFlag[] = [];
  for (const block of blocks) {
    for (const { start, end } of splitSentences(block.text)) {
      const sentence = block.text.slice(start, end);
      for (const flag of checkSentence(sentence, block.context)) {
        flags.push({
          ...flag,
          start: start + flag.start,
          end: start + flag.end,
          blockId: block.id,
          sentence,
          sentenceStart: start,
          sentenceEnd: end,
        });
      }
    }
  }
  return flags;
}

/**
 * `checkBlocks` that remembers each block's flags by its text and context, so re-checking a long
 * note after an edit reads only the blocks that changed.
 */
export function createBlockChecker(): (blocks: readonly CheckBlock[]) => NoteFlag[] {
  let cache = new Map<string, NoteFlag[]>();
  return (blocks) => {
    const next = new Map<string, NoteFlag[]>();
    const flags: NoteFlag[] = [];
    for (const block of blocks) {
      const key = `${block.context.keyJudgment ? 1 : 0}|${block.context.likelihood ?? ''}|${block.text}`;
      const known = next.get(key) ?? cache.get(key) ?? checkBlocks([{ ...block, id: '' }]);
      next.set(key, known);
      for (const flag of known) flags.push({ ...flag, blockId: block.id });
    }
    cache = next;
    return flags;
  };
}

export const FLAG_TITLE: Record<EstimativeFlagKind, string> = {
  'vague-hedge': 'Vague hedge in a key judgment',
  'contradicts-likelihood': 'Contradicts the claim’s likelihood',
  'outside-lexicon': 'Not an ICD 203 term',
  'mixed-scales': 'Mixed scales',
};
