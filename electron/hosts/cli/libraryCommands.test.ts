import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedsDir, SEED_ESSAY, SEED_REPORT } from '../../../tests/library';
import { useTempDirs } from '../../../tests/tempDir';
import { LATEST_SCHEMA_VERSION } from '../../core/db/migrations';
import { runCli } from './runCli';

const tempDir = useTempDirs();

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A library folder and a folder of files to import: both seeds, one empty file. */
function setup() {
  const dataDir = tempDir();
  const files = join(tempDir(), 'inbox');
  mkdirSync(join(files, 'nested'), { recursive: true });
  copyFileSync(join(seedsDir, SEED_REPORT), join(files, 'report.txt'));
  copyFileSync(join(seedsDir, SEED_ESSAY), join(files, 'nested', 'essay.txt'));
  writeFileSync(join(files, 'empty.txt'), '');
  writeFileSync(join(files, 'ignored.png'), 'not imported from a folder');
  return {
    dataDir,
    files,
    lib: (...args: string[]) => cli('--data-dir', dataDir, '--no-sample', ...args),
  };
}

describe('library commands', () => {
  it('import: one line per file, the rest imported, exit 1 when one failed', async () => {
    const { files, lib } = setup();
    const result = await lib('import', files, '--tag', 'region/ukraine', '--marking', 'TLP:GREEN');
    expect(result.code).toBe(1);
    const lines = result.out.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.filter((l) => l.startsWith('imported'))).toHaveLength(2);
    expect(lines.find((l) => l.startsWith('failed'))).toMatch(/empty\.txt: The file is empty\./);

    const again = await lib('import', join(files, 'report.txt'), '--json');
    expect(again.code).toBe(0);
    expect(JSON.parse(again.out)).toMatchObject([{ status: 'duplicate' }]);

    const sources = JSON.parse((await lib('sources', '--json')).out) as {
      id: number;
      title: string;
      tags: string[];
      marking: string;
    }[];
    expect(sources).toHaveLength(2);
    expect(
      sources.every((s) => s.tags.includes('region/ukraine') && s.marking === 'TLP:GREEN'),
    ).toBe(true);
    expect((await lib('sources')).out).toMatch(/2 sources$/);
  });

  it('show, search, excerpt add, claim add, tags — human and --json', async () => {
    const { files, lib } = setup();
    await lib('import', join(files, 'report.txt'));
    const [source] = JSON.parse((await lib('sources', '--json')).out) as { id: number }[];
    const id = String(source!.id);

    const shown = JSON.parse((await lib('show', id, '--json')).out) as {
      text: string;
      title: string;
    };
    expect(shown.title).toMatch(/^Escalating Assaults/);
    expect((await lib('show', id)).out).toContain('Unless they halt');

    const hits = JSON.parse((await lib('search', '"Unless they halt"', '--json')).out) as unknown[];
    expect(hits).toEqual([
      {
        type: 'source',
        id: source!.id,
        title: shown.title,
        snippet: expect.stringContaining('[Unless they halt]'),
        score: expect.any(Number),
      },
    ]);
    expect((await lib('search', 'zzzz')).out).toMatch(/^0 matches/);
    expect((await lib('search', 'x', '--type', 'bogus')).code).toBe(2);

    const ambiguous = await lib('excerpt', 'add', id, '--quote', 'Trump');
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.err).toMatch(/occurs \d+ times/);
    const added = await lib(
      'excerpt',
      'add',
      id,
      '--quote',
      'Unless they halt, we will respond',
      '--tag',
      'quotes',
      '--json',
    );
    expect(added.code).toBe(0);
    const excerpt = JSON.parse(added.out) as { id: number; start: number; end: number };
    expect(shown.text.slice(excerpt.start, excerpt.end)).toBe('Unless they halt, we will respond');

    const claim = await lib(
      'claim',
      'add',
      'Ukraine will keep striking back',
      '--confidence',
      'very-likely',
      '--evidence',
      String(excerpt.id),
      '--tag',
      'region/ukraine',
      '--json',
    );
    expect(claim.code).toBe(0);
    // The old form: a likelihood given as --confidence is kept as the likelihood, with a note.
    expect(JSON.parse(claim.out)).toMatchObject({
      likelihood: 'very likely',
      confidence: null,
      evidence: [{ excerptId: excerpt.id, relation: 'supports' }],
    });
    expect(claim.err).toMatch(/use --likelihood very-likely/);

    const judged = await lib(
      'claim',
      'add',
      'Talks will stall',
      '--likelihood',
      'highly probable',
      '--confidence',
      'moderate',
      '--marking',
      'amber',
    );
    expect(judged.code).toBe(0);
    expect(judged.out).toMatch(/\[Very likely \(80–95%\); moderate confidence\]/);
    expect(judged.err).toBe('');
    expect((await lib('claim', 'add', 'x', '--confidence', 'fairly sure')).code).toBe(2);
    expect((await lib('claim', 'add', 'x', '--likelihood', 'probably')).code).toBe(2);

    const tags = JSON.parse((await lib('tags', '--json')).out) as {
      name: string;
      excerpts: number;
      claims: number;
    }[];
    expect(tags.map((t) => [t.name, t.excerpts, t.claims])).toEqual([
      ['quotes', 1, 0],
      ['region/ukraine', 0, 1],
    ]);
    expect((await lib('search', 'striking', '--type', 'claim', '--json')).out).toContain(
      '"type": "claim"',
    );
  });

  it('reimport re-anchors and reports what it could not place', async () => {
    const { files, lib } = setup();
    const path = join(files, 'note.txt');
    writeFileSync(path, 'Harbour notes\nThe ferry left at nine. The pilots struck at noon.\n');
    await lib('import', path);
    await lib('excerpt', 'add', '1', '--quote', 'The pilots struck at noon');
    await lib('excerpt', 'add', '1', '--quote', 'The ferry left at nine');
    writeFileSync(path, 'Harbour notes\nAn update. The pilots struck at noon.\n');
    const result = await lib('reimport', '1', path);
    expect(result.code).toBe(1);
    expect(result.out).toContain('source 1 is now version 2: 1 excerpt(s) found verbatim');
    expect(result.out).toContain('not found in this version: excerpt 2 “The ferry left at nine”');
    expect((await lib('show', '1')).out).toContain(
      'Excerpt 2 [NOT FOUND IN THIS VERSION, taken from version 1]: “The ferry left at nine”',
    );
    expect((await lib('check')).out).toMatch(/1 excerpt\(s\) could not be placed/);
  });

  it('check and backup', async () => {
    const { dataDir, lib } = setup();
    const check = await lib('check', '--json');
    expect(check.code).toBe(0);
    expect(JSON.parse(check.out)).toMatchObject({ ok: true, problems: [] });
    const rolling = JSON.parse((await lib('backup', '--json')).out) as {
      path: string;
      bytes: number;
    };
    expect(rolling.path.startsWith(join(dataDir, 'backups'))).toBe(true);
    expect(existsSync(rolling.path)).toBe(true);
    const target = join(tempDir(), 'copy.sqlite');
    const toFile = await lib('backup', '--to', target);
    expect(toFile.code).toBe(0);
    expect(toFile.out).toContain(target);
    expect((await lib('backup', '--to', target)).code).toBe(1);
    const copy = new Database(target, { readonly: true });
    expect(copy.pragma('quick_check', { simple: true })).toBe('ok');
    expect(copy.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    copy.close();
  });

  it('a new library gets the sample unless --no-sample', async () => {
    const sampled = JSON.parse((await cli('--data-dir', tempDir(), 'info', '--json')).out) as {
      counts: { sources: number };
    };
    expect(sampled.counts.sources).toBe(3);
    const empty = JSON.parse(
      (await cli('--data-dir', tempDir(), '--no-sample', 'info', '--json')).out,
    ) as { counts: { sources: number } };
    expect(empty.counts.sources).toBe(0);
  });
});
