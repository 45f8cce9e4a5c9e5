import { parseArgs } from 'node:util';
import type { ApiInput } from '../../../shared/api';
import type { Creator, SourceSummary } from '../../../shared/model';
import { personFrom } from '../../../shared/source/creators';
import { SOURCE_TYPES, type SourceType } from '../../../shared/source/sourceFields';
import { json, parseId } from './format';
import { CliFailure, type CliCommand, type CliContext } from './types';

const USAGE = [
  'briefwright source edit <id> [--title T] [--author "Family, Given"]... [--org NAME]...',
  '    [--outlet O] [--date YYYY[-MM[-DD]]] [--url U] [--type T] [--language L] [--marking M]',
  '    [--tag T]... [--note TEXT] [--json]',
  'briefwright source delete <id> [--yes] [--json]',
].join('\n');

/** `--author` and `--org` in the order they were given: that is the order of the creators. */
function creatorsFrom(argv: string[]): Creator[] | undefined {
  const { tokens } = parseArgs({
    args: argv,
    options: {
      author: { type: 'string', multiple: true },
      org: { type: 'string', multiple: true },
    },
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const creators: Creator[] = [];
  let named = false;
  for (const token of tokens ?? []) {
    if (token.kind !== 'option' || (token.name !== 'author' && token.name !== 'org')) continue;
    named = true;
    const value = (token.value ?? '').trim();
    if (!value) continue;
    if (token.name === 'org') creators.push({ literal: value });
    else {
      const person = personFrom(value);
      if (!person) throw new CliFailure(`--author "${value}" needs a family name`, 2);
      creators.push(person);
    }
  }
  return named ? creators : undefined;
}

const blankToNull = (v: string | undefined) => (v === undefined ? undefined : v.trim() || null);

function describe(s: SourceSummary): string[] {
  const rows: [string, string | null][] = [
    ['Title', s.title],
    ['Author', s.author],
    ['Outlet', s.outlet],
    ['Published', s.publishedAt],
    ['URL', s.url],
    ['Type', s.sourceType],
    ['Language', s.language],
    ['Marking', s.marking],
    ['Tags', s.tags.join(', ') || null],
    ['Note', s.note || null],
  ];
  return rows.filter(([, v]) => v).map(([label, v]) => `${label.padEnd(10)} ${v}`);
}

async function edit(argv: string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      json: { type: 'boolean' },
      title: { type: 'string' },
      author: { type: 'string', multiple: true },
      org: { type: 'string', multiple: true },
      outlet: { type: 'string' },
      date: { type: 'string' },
      url: { type: 'string' },
      type: { type: 'string' },
      language: { type: 'string' },
      marking: { type: 'string' },
      tag: { type: 'string', multiple: true },
      note: { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
  const id = parseId(positionals[0], 'the source id');
  const type = blankToNull(values.type);
  if (type && !SOURCE_TYPES.includes(type as SourceType))
    throw new CliFailure(`--type must be one of ${SOURCE_TYPES.join(', ')}`, 2);
  const input: ApiInput<'sources.update'> = {
    id,
    ...(values.title !== undefined ? { title: values.title } : {}),
    ...(values.outlet !== undefined ? { outlet: blankToNull(values.outlet) } : {}),
    ...(values.date !== undefined ? { publishedAt: blankToNull(values.date) } : {}),
    ...(values.url !== undefined ? { url: blankToNull(values.url) } : {}),
    ...(type !== undefined ? { sourceType: type as SourceType | null } : {}),
    ...(values.language !== undefined ? { language: blankToNull(values.language) } : {}),
    ...(values.marking !== undefined ? { marking: blankToNull(values.marking) } : {}),
    ...(values.tag !== undefined ? { tags: values.tag } : {}),
    ...(values.note !== undefined ? { note: values.note } : {}),
  };
  const creators = creatorsFrom(argv);
  if (creators !== undefined) input.creators = creators;
  if (Object.keys(input).length === 1)
    throw new CliFailure('name at least one detail to change', 2);
  const updated = await ctx.call('sources.update', input);
  if (values.json) ctx.io.out(json(updated));
  else for (const line of [`Source ${id} updated.`, ...describe(updated)]) ctx.io.out(line);
  return 0;
}

async function remove(argv: string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { json: { type: 'boolean' }, yes: { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  const id = parseId(positionals[0], 'the source id');
  const impact = await ctx.call('sources.deleteImpact', { id });
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const summary = `Source ${id} "${impact.title}": cited by ${plural(impact.citingNotes, 'note')}; ${plural(impact.excerpts, 'excerpt')} go with it; ${plural(impact.claims, 'claim')} lose evidence.`;
  if (!values.yes) {
    if (values.json) ctx.io.out(json({ deleted: false, ...impact }));
    else {
      ctx.io.out(summary);
      ctx.io.out('Nothing was deleted. Run again with --yes to delete it.');
    }
    return 1;
  }
  const { restore } = await ctx.call('sources.delete', { id });
  if (values.json) ctx.io.out(json({ deleted: true, ...restore }));
  else ctx.io.out(`Deleted. ${summary} Notes keep their quotes.`);
  return 0;
}

export const sourceCommand: CliCommand = {
  name: 'source',
  summary: "Correct a source's details or delete it",
  usage: USAGE,
  async run(argv, ctx) {
    const [sub, ...rest] = argv;
    if (sub === 'edit') return edit(rest, ctx);
    if (sub === 'delete') return remove(rest, ctx);
    throw new CliFailure(`source needs edit or delete\n\nUsage: ${USAGE}`, 2);
  },
};
