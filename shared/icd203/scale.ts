/**
 * ICD 203 (Analytic Standards, 2015): the expressions of likelihood and the levels of analytic
 * confidence. ICD 203's table has seven columns (bands, each with a range) and two rows of words
 * for them: the terms (almost no chance … almost certain) and the alternative terms (remote …
 * nearly certain); a product uses one row. ICD 203 keeps the two apart: a
 * judgment has a likelihood (how probable the event is) and, separately, the analyst's confidence
 * in the sources and reasoning behind it.
 */

export const LIKELIHOODS = [
  'almost no chance',
  'very unlikely',
  'unlikely',
  'roughly even chance',
  'likely',
  'very likely',
  'almost certain',
] as const;
export type Likelihood = (typeof LIKELIHOODS)[number];

export const ANALYTIC_CONFIDENCES = ['low', 'moderate', 'high'] as const;
export type AnalyticConfidence = (typeof ANALYTIC_CONFIDENCES)[number];

export interface LikelihoodBand {
  term: Likelihood;
  /** The alternative term: the same band in ICD 203's second row of words. */
  alternative: string;
  /** Percent, as ICD 203's table gives it. */
  min: number;
  max: number;
  /** Wordings of the term in ICD 203's first row of words (adverbs included), lower case. */
  forms: readonly string[];
  /** Wordings in its second row (the alternative terms). */
  alternativeForms: readonly string[];
}

export const LIKELIHOOD_SCALE: readonly LikelihoodBand[] = [
  {
    term: 'almost no chance',
    alternative: 'remote',
    min: 1,
    max: 5,
    forms: ['almost no chance'],
    alternativeForms: ['remote', 'remotely'],
  },
  {
    term: 'very unlikely',
    alternative: 'highly improbable',
    min: 5,
    max: 20,
    forms: ['very unlikely'],
    alternativeForms: ['highly improbable', 'highly improbably'],
  },
  {
    term: 'unlikely',
    alternative: 'improbable',
    min: 20,
    max: 45,
    forms: ['unlikely'],
    alternativeForms: ['improbable', 'improbably'],
  },
  {
    term: 'roughly even chance',
    alternative: 'roughly even odds',
    min: 45,
    max: 55,
    forms: ['roughly even chance'],
    alternativeForms: ['roughly even odds'],
  },
  {
    term: 'likely',
    alternative: 'probable',
    min: 55,
    max: 80,
    forms: ['likely'],
    alternativeForms: ['probable'],
  },
  {
    term: 'very likely',
    alternative: 'highly probable',
    min: 80,
    max: 95,
    forms: ['very likely'],
    alternativeForms: ['highly probable', 'highly probably'],
  },
  {
    term: 'almost certain',
    alternative: 'nearly certain',
    min: 95,
    max: 99,
    forms: ['almost certain', 'almost certainly'],
    alternativeForms: ['nearly certain', 'nearly certainly'],
  },
];

export function likelihoodBand(term: Likelihood): LikelihoodBand {
  return LIKELIHOOD_SCALE.find((row) => row.term === term)!;
}

/** "55–80%" */
export function likelihoodRange(term: Likelihood): string {
  const row = likelihoodBand(term);
  return `${row.min}–${row.max}%`;
}

/**
 * A likelihood from any wording of it in either row ("probable", "Highly improbable", "almost
 * certainly"), or null when the words are not on the scale.
 */
export function parseLikelihood(words: string): Likelihood | null {
  const key = words.trim().toLowerCase().replace(/\s+/g, ' ');
  return (
    LIKELIHOOD_SCALE.find((row) => row.forms.includes(key) || row.alternativeForms.includes(key))
      ?.term ?? null
  );
}

export function parseAnalyticConfidence(words: string): AnalyticConfidence | null {
  const key = words
    .trim()
    .toLowerCase()
    .replace(/\s+confidence$/, '');
  return (ANALYTIC_CONFIDENCES as readonly string[]).includes(key)
    ? (key as AnalyticConfidence)
    : null;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "Likely (55–80%)" */
export function formatLikelihood(term: Likelihood): string {
  return `${capitalize(term)} (${likelihoodRange(term)})`;
}

/** "Moderate confidence" */
export function formatConfidence(level: AnalyticConfidence): string {
  return `${capitalize(level)} confidence`;
}

/**
 * Both judgments as ICD 203 writes them, each stated on its own: "Likely (55–80%); moderate
 * confidence". Empty when neither is set.
 */
export function formatAssessment(
  likelihood: Likelihood | null,
  confidence: AnalyticConfidence | null,
): string {
  const parts: string[] = [];
  if (likelihood) parts.push(formatLikelihood(likelihood));
  if (confidence)
    parts.push(parts.length ? `${confidence} confidence` : formatConfidence(confidence));
  return parts.join('; ');
}

export function isLikelihood(value: unknown): value is Likelihood {
  return typeof value === 'string' && (LIKELIHOODS as readonly string[]).includes(value);
}

export function isAnalyticConfidence(value: unknown): value is AnalyticConfidence {
  return typeof value === 'string' && (ANALYTIC_CONFIDENCES as readonly string[]).includes(value);
}
