import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editorState, excerpt, paragraph, text } from '../../../tests/exportNotes';
import { seedsDir, SEED_REPORT } from '../../../tests/library';
import { useTempDirs } from '../../../tests/tempDir';
import { openCore } from '../../core/context';
import { runCli } from './runCli';

const tempDir = useTempDirs();

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A library with the report seed, one excerpt of it, a claim on it, and a note citing it. */
async function setup() {
  const dataDir = tempDir();
  const inbox = join(tempDir(), 'inbox');
  mkdirSync(inbox);
  copyFileSync(join(seedsDir, SEED_REPORT), join(inbox, 'report.txt'));
  const lib = (...args: string[]) => cli('--data-dir', dataDir, '--no-sample', ...args);
  const [imported] = JSON.parse((await lib('import', join(inbox, 'report.txt'), '--json')).out) as {
    sourceId: number;
  }[];
  const sourceId = imported!.sourceId;
  const core = openCore({ dataDir, sample: false });
  let noteId: number;
  let excerptId: number;
  try {
    excerptId = core.library.excerpts.create({ sourceId, quote: 'Unless they halt' });
    core.library.claims.create({
      text: 'Talks stalled.',
      evidence: [{ excerptId, relation: 'supports' }],
    });
    const e = core.library.excerpts.get(excerptId);
    noteId = core.notes.create(
      'Morning brief',
      editorState([paragraph(text('Talks in Istanbul.')), excerpt(excerptId, e.quote, e.source)]),
    ).id;
  } finally {
    core.close();
  }
  return { dataDir, inbox, lib, sourceId, noteId, excerptId };
}

describe('source and notes commands', () => {
  it('source edit: people and organisations in order, date, url cleaned, type; an impossible date is refused', async () => {
    const { lib, sourceId } = await setup();
    const id = String(sourceId);
    const edited = await lib(
      'source',
      'edit',
      id,
      '--title',
      'Assaults escalate',
      '--author',
      'Kovalenko, Olena',
      '--org',
      'Wire Service',
      '--author',
      'Smith',
      '--outlet',
      'Harbour Gazette',
      '--date',
      '2025-06',
      '--url',
      'https://gazette.example/a?utm_source=x&id=3&gclid=y',
      '--type',
      'article-newspaper',
      '--tag',
      'region/black-sea',
      '--json',
    );
    expect(edited.code).toBe(0);
    expect(JSON.parse(edited.out)).toMatchObject({
      title: 'Assaults escalate',
      creators: [
        { family: 'Kovalenko', given: 'Olena' },
        { literal: 'Wire Service' },
        { family: 'Smith', given: null },
      ],
      author: 'Kovalenko, Olena; Wire Service; Smith',
      outlet: 'Harbour Gazette',
      publishedAt: '2025-06',
      url: 'https://gazette.example/a?id=3',
      sourceType: 'article-newspaper',
      tags: ['region/black-sea'],
    });
    expect((await lib('source', 'edit', id, '--outlet', 'Wire')).out).toContain('Outlet     Wire');

    const refused = await lib('source', 'edit', id, '--date', '2025-02-30');
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('2025-02 has no day 30');
    const badUrl = await lib('source', 'edit', id, '--url', 'gazette.example/a');
    expect(badUrl.code).toBe(1);
    expect(badUrl.err).toContain('must start with http:// or https://');
    // Nothing was changed by the refused edits.
    const shown = JSON.parse((await lib('show', id, '--json')).out) as Record<string, unknown>;
    expect(shown).toMatchObject({ publishedAt: '2025-06', url: 'https://gazette.example/a?id=3' });
  });

  it('source delete: says what goes with it, needs --yes, and the note keeps its quote', async () => {
    const { lib, sourceId, noteId } = await setup();
    const asked = await lib('source', 'delete', String(sourceId));
    expect(asked.code).toBe(1);
    expect(asked.out).toContain('cited by 1 note; 1 excerpt go with it; 1 claim lose evidence.');
    expect(asked.out).toContain('Nothing was deleted');
    expect(JSON.parse((await lib('sources', '--json')).out)).toHaveLength(1);

    const deleted = await lib('source', 'delete', String(sourceId), '--yes', '--json');
    expect(deleted.code).toBe(0);
    expect(JSON.parse(deleted.out)).toMatchObject({
      deleted: true,
      id: sourceId,
      citingNotes: 1,
      excerpts: 1,
      claims: 1,
    });
    expect(JSON.parse((await lib('sources', '--json')).out)).toHaveLength(0);
    const shown = await lib('notes', 'show', String(noteId));
    expect(shown.out).toContain('Unless they halt');
    expect(shown.out).toMatch(/\[1\] excerpt \d+: removed from the library/);
  });

  it('notes, notes show, notes new', async () => {
    const { lib, noteId, excerptId } = await setup();
    const created = await lib('notes', 'new', '--template', 'sitrep', '--title', 'Evening sitrep');
    expect(created.code).toBe(0);
    expect(created.out).toMatch(/^Created note \d+: Evening sitrep \(sitrep\)$/);
    expect((await lib('notes', 'new', '--template', 'memo', '--title', 'X')).code).toBe(2);
    expect((await lib('notes', 'new')).code).toBe(2);

    const listed = JSON.parse((await lib('notes', '--json')).out) as {
      id: number;
      title: string;
      modified: string;
      citations: number;
    }[];
    expect(listed.map((n) => [n.title, n.citations])).toEqual([
      ['Evening sitrep', 0],
      ['Morning brief', 1],
    ]);
    expect(listed.every((n) => !Number.isNaN(Date.parse(n.modified)))).toBe(true);
    expect((await lib('notes')).out).toMatch(/\s1 cited {2}Morning brief\n[\s\S]*2 notes$/);

    const shown = await lib('notes', 'show', String(noteId));
    expect(shown.code).toBe(0);
    const lines = shown.out.split('\n');
    expect(lines[0]).toBe('Morning brief');
    expect(shown.out).toContain('Talks in Istanbul.');
    expect(shown.out).toContain('Citations:');
    expect(lines.at(-1)).toMatch(
      new RegExp(`^\\[1\\] excerpt ${excerptId}: “Unless they halt” — .*Escalating Assaults`),
    );
    expect((await lib('notes', 'show', '999')).code).toBe(1);
  });

  it('import --update-existing applies a new marking and tags to a file already in the library', async () => {
    const { lib, inbox, sourceId } = await setup();
    const file = join(inbox, 'report.txt');
    const offered = await lib('import', file, '--marking', 'TLP:AMBER', '--tag', 'topic/talks');
    expect(offered.out).toContain('add --update-existing');
    expect(JSON.parse((await lib('show', String(sourceId), '--json')).out).marking).toBeNull();

    const applied = await lib(
      'import',
      file,
      '--marking',
      'TLP:AMBER',
      '--tag',
      'topic/talks',
      '--update-existing',
    );
    expect(applied.code).toBe(0);
    expect(applied.out).toContain(
      `updated    ${file} → source ${sourceId}: marking and tags applied`,
    );
    expect(JSON.parse((await lib('show', String(sourceId), '--json')).out)).toMatchObject({
      marking: 'TLP:AMBER',
      tags: ['topic/talks'],
    });

    // A header block's Handling line becomes the marking, and what was read is reported.
    const header = join(inbox, 'field.txt');
    writeFileSync(
      header,
      'Title: Field report 7\nAuthor: Brevik, Tomas\nHandling: amber\n\nLorries queued.\n',
    );
    const read = await lib('import', header);
    expect(read.out).toContain('[read: title, author, marking]');
    const [field] = JSON.parse((await lib('sources', '--json')).out) as { marking: string }[];
    expect(field!.marking).toBe('TLP:AMBER');
  });
});
