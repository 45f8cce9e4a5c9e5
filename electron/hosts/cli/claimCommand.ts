import { parseArgs } from 'node:util';
import { CONFIDENCE_LEVELS, type Confidence } from '../../../shared/note/serializedNodes';
import { json, parseId } from './format';
import { CliFailure, type CliCommand } from './types';

export const claimCommand: CliCommand = {
  name: 'claim',
  summary: 'Add a claim with its confidence and evidence',
  usage:
    'briefwright claim add "<text>" [--confidence likely] [--evidence <excerpt-id>]... [--contradicts <excerpt-id>]... [--tag T]... [--json]',
  async run(argv, ctx) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: {
        json: { type: 'boolean' },
        confidence: { type: 'string' },
        evidence: { type: 'string', multiple: true },
        contradicts: { type: 'string', multiple: true },
        tag: { type: 'string', multiple: true },
      },
      allowPositionals: true,
      strict: true,
    });
    if (positionals[0] !== 'add' || !positionals[1])
      throw new CliFailure(`usage: ${claimCommand.usage}`, 2);
    let confidence: Confidence | undefined;
    if (values.confidence) {
      const wanted = values.confidence.toLowerCase().replace(/[-_]+/g, ' ').trim();
      confidence = CONFIDENCE_LEVELS.find((c) => c === wanted);
      if (!confidence)
        throw new CliFailure(`--confidence must be one of: ${CONFIDENCE_LEVELS.join(', ')}`, 2);
    }
    const claim = await ctx.call('claims.create', {
      text: positionals.slice(1).join(' '),
      confidence,
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
    else
      ctx.io.out(
        `claim ${claim.id}: ${claim.text}${claim.confidence ? ` [${claim.confidence}]` : ''} — ${claim.evidence.length} evidence`,
      );
    return 0;
  },
};
