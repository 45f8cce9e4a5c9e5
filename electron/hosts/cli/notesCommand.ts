import { parseArgs } from 'node:util';
import type { Note, NoteTemplate } from '../../../shared/model';
import { NOTE_TEMPLATES } from '../../../shared/model/notes';
import { citationRefsOfContent } from '../../../shared/note/citationRefs';
import type { SourceSnapshot } from '../../../shared/note/serializedNodes';
import { notePlainText } from '../../core/notes/plainText';
import { json, parseId } from './format';
import { CliFailure, type CliCommand, type CliContext } from './types';

const USAGE = [
  'briefwright notes [--json]',
  'briefwright notes show <id> [--json]',
  'briefwright notes new --title T [--template blank|bluf|sitrep] [--json]',
].join('\n');

/** How many places in the note cite an excerpt, a claim or a source. */
const citationCount = (note: Note) => citationRefsOfContent(note.content).length;

async function list(argv: string[], ctx: CliContext): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { json: { type: 'boolean' } },
    strict: true,
  });
  const notes = await ctx.call('notes.list', {});
  const rows = [];
  for (const summary of notes) {
    const note = await ctx.call('notes.get', { id: summary.id });
    rows.push({
      id: note.id,
      title: note.title,
      modified: note.updatedAt,
      citations: citationCount(note),
    });
  }
  if (values.json) {
    ctx.io.out(json(rows));
    return 0;
  }
  for (const r of rows)
    ctx.io.out(
      `${String(r.id).padStart(5)}  ${r.modified.slice(0, 16).replace('T', ' ')}  ${String(r.citations).padStart(3)} cited  ${r.title}`,
    );
  ctx.io.out(`${rows.length} note${rows.length === 1 ? '' : 's'}`);
  return 0;
}

const sourceLine = (s: SourceSnapshot) =>
  [s.author, s.title, s.outlet, s.publishedAt?.slice(0, 10)].filter(Boolean).join(', ');

async function show(argv: string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { json: { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  const note = await ctx.call('notes.get', { id: parseId(positionals[0], 'the note id') });
  const refs = citationRefsOfContent(note.content);
  const ids = (pick: (r: (typeof refs)[number]) => number | null) => [
    ...new Set(refs.map(pick).filter((v): v is number => v !== null)),
  ];
  const lookup = await ctx.call('notes.lookupCitations', {
    excerptIds: ids((r) => r.excerptId),
    claimIds: ids((r) => r.claimId),
    sourceIds: ids((r) => (r.excerptId === null ? r.sourceId : null)),
  });
  const citations = refs.map((r) => {
    if (r.excerptId !== null) {
      const e = lookup.excerpts[r.excerptId];
      return e
        ? `excerpt ${r.excerptId}: “${e.quote}” — ${sourceLine(e.source)}${e.locator ? `, ${e.locator}` : ''}`
        : `excerpt ${r.excerptId}: removed from the library`;
    }
    if (r.claimId !== null) {
      const c = lookup.claims[r.claimId];
      return c ? `claim ${r.claimId}: ${c.text}` : `claim ${r.claimId}: removed from the library`;
    }
    const s = lookup.sources[r.sourceId!];
    return s
      ? `source ${r.sourceId}: ${sourceLine(s)}`
      : `source ${r.sourceId}: removed from the library`;
  });
  const text = notePlainText(note.content);
  if (values.json) {
    ctx.io.out(json({ id: note.id, title: note.title, modified: note.updatedAt, text, citations }));
    return 0;
  }
  ctx.io.out(note.title);
  ctx.io.out('');
  ctx.io.out(text);
  if (citations.length) {
    ctx.io.out('');
    ctx.io.out('Citations:');
    citations.forEach((c, i) => ctx.io.out(`[${i + 1}] ${c}`));
  }
  return 0;
}

async function create(argv: string[], ctx: CliContext): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      json: { type: 'boolean' },
      title: { type: 'string' },
      template: { type: 'string' },
    },
    strict: true,
  });
  if (!values.title?.trim()) throw new CliFailure('notes new needs --title', 2);
  const template = values.template ?? 'blank';
  if (!NOTE_TEMPLATES.includes(template as NoteTemplate))
    throw new CliFailure(`--template must be one of ${NOTE_TEMPLATES.join(', ')}`, 2);
  const note = await ctx.call('notes.create', {
    title: values.title.trim(),
    template: template as NoteTemplate,
  });
  if (values.json) ctx.io.out(json({ id: note.id, title: note.title, template }));
  else ctx.io.out(`Created note ${note.id}: ${note.title} (${template})`);
  return 0;
}

export const notesCommand: CliCommand = {
  name: 'notes',
  summary: 'List notes (id, title, modified, citations), show one as text, or start one',
  usage: USAGE,
  async run(argv, ctx) {
    const [sub, ...rest] = argv;
    if (sub === 'show') return show(rest, ctx);
    if (sub === 'new') return create(rest, ctx);
    return list(argv, ctx);
  },
};
