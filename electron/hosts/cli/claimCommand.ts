import { parseArgs } from 'node:util';
import {
  ANALYTIC_CONFIDENCES,
  formatAssessment,
  LIKELIHOODS,
  parseAnalyticConfidence,
  parseLikelihood,
  type AnalyticConfidence,
  type Likelihood,
} from '../../../shared/icd203/scale';
import { json, parseId } from './format';
import { CliFailure, type CliCommand, type CliIo } from './types';

const words = (value: string) => value.toLowerCase().replace(/[-_]+/g, ' ').trim();

function likelihoodArg(value: string, flag: string): Likelihood {
  const likelihood = parseLikelihood(words(value));
  if (!likelihood)
    throw new CliFailure(
      `${flag} must be an ICD 203 likelihood: ${LIKELIHOODS.join(', ')} (or remote, highly improbable, improbable, roughly even odds, probable, highly probable, nearly certain)`,
      2,
    );
  return likelihood;
}

/**
 * `--confidence` once took the likelihood term; ICD 203 keeps analytic confidence (low, moderate,
 * high) apart, so a likelihood given there still works as one, with a note to move to
 * `--likelihood`.
 */
function readJudgments(
  values: { likelihood?: string; confidence?: string },
  io: CliIo,
): { likelihood?: Likelihood; confidence?: AnalyticConfidence } {
  let likelihood = values.likelihood ? likelihoodArg(values.likelihood, '--likelihood') : undefined;
  let confidence: AnalyticConfidence | undefined;
  if (values.confidence) {
    const level = parseAnalyticConfidence(words(values.confidence));
    if (level) confidence = level;
    else if (parseLikelihood(words(values.confidence)) && !likelihood) {
      likelihood = likelihoodArg(values.confidence, '--confidence');
      io.err(
        `note: --confidence ${values.confidence} is a likelihood; use --likelihood ${values.confidence}. --confidence now takes ${ANALYTIC_CONFIDENCES.join(', ')} (deprecated form accepted for now).`,
      );
    } else
      throw new CliFailure(
        `--confidence must be one of: ${ANALYTIC_CONFIDENCES.join(', ')} (the likelihood goes in --likelihood)`,
        2,
      );
  }
  return { likelihood, confidence };
}

export const claimCommand: CliCommand = {
  name: 'claim',
  summary: 'Add a claim with its ICD 203 likelihood, confidence and evidence',
  usage:
    'briefwright claim add "<text>" [--likelihood likely] [--confidence low|moderate|high] [--marking M] [--evidence <excerpt-id>]... [--contradicts <excerpt-id>]... [--tag T]... [--json]',
  async run(argv, ctx) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: {
        json: { type: 'boolean' },
        likelihood: { type: 'string' },
        confidence: { type: 'string' },
        marking: { type: 'string' },
        evidence: { type: 'string', multiple: true },
        contradicts: { type: 'string', multiple: true },
        tag: { type: 'string', multiple: true },
      },
      allowPositionals: true,
      strict: true,
    });
    if (positionals[0] !== 'add' || !positionals[1])
      throw new CliFailure(`usage: ${claimCommand.usage}`, 2);
    const judgments = readJudgments(values, ctx.io);
    const claim = await ctx.call('claims.create', {
      text: positionals.slice(1).join(' '),
      ...judgments,
      ...(values.marking !== undefined ? { marking: values.marking } : {}),
      tags: values.tag,
      evidence: [
        ...(values.evidence ?? []).map((id) => ({
          excerptId: parseId(id, '--evidence'),
          relation: 'supports' as const,
        })),
        ...(values.contradicts ?? []).map((id) => ({
          excerptId: parseId(id, '--contradicts'),
          relation: 'contradicts' as const,
        })),
      ],
    });
    if (values.json) ctx.io.out(json(claim));
    else {
      const assessment = formatAssessment(claim.likelihood, claim.confidence);
      ctx.io.out(
        `claim ${claim.id}: ${claim.text}${assessment ? ` [${assessment}]` : ''} — ${claim.evidence.length} evidence`,
      );
    }
    return 0;
  },
};
