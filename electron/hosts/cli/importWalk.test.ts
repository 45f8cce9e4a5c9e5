import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedsDir, SEED_ESSAY, SEED_REPORT } from '../../../tests/library';
import { useTempDirs } from '../../../tests/tempDir';
import { runCli } from './runCli';

const tempDir = useTempDirs();

async function cli(...argv: string[]) {
  const out: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => out.push(l) });
  return { code, lines: out.join('\n').split('\n') };
}

describe('import of a folder through the CLI', () => {
  it('ends on link loops, never leaves the folder, and prints names with newlines on one line', async () => {
    const dataDir = tempDir();
    const outside = tempDir();
    writeFileSync(join(outside, 'secret.txt'), 'A private file outside the chosen folder.');
    const inbox = join(tempDir(), 'inbox');
    mkdirSync(join(inbox, 'sub'), { recursive: true });
    copyFileSync(join(seedsDir, SEED_REPORT), join(inbox, 'report.txt'));
    copyFileSync(join(seedsDir, SEED_ESSAY), join(inbox, 'sub', 'essay\nimported   forged.txt'));
    // Two self-links and a loop back to the parent: a walk that follows them never ends.
    symlinkSync('.', join(inbox, 'self-a'));
    symlinkSync(inbox, join(inbox, 'self-b'));
    symlinkSync('..', join(inbox, 'sub', 'up'));
    // The same file reached through a link inside the folder is imported once.
    symlinkSync(join(inbox, 'report.txt'), join(inbox, 'report-again.txt'));
    symlinkSync(join(outside, 'secret.txt'), join(inbox, 'secret.txt'));
    symlinkSync('/etc/passwd', join(inbox, 'passwd.txt'));

    const started = Date.now();
    const { code, lines } = await cli('--data-dir', dataDir, '--no-sample', 'import', inbox);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(code).toBe(1);
    const imported = lines.filter((l) => l.startsWith('imported'));
    expect(imported, lines.join('\n')).toHaveLength(2);
    expect(imported.join('\n')).toContain('report.txt');
    expect(imported.join('\n')).toContain('essay\\nimported   forged.txt');
    expect(lines.join('\n')).not.toMatch(/A private file|root:/);
    const failed = lines.filter((l) => l.startsWith('failed'));
    expect(failed.find((l) => l.includes('secret.txt'))).toMatch(/outside the chosen folder/);
    expect(failed.find((l) => l.includes('passwd.txt'))).toMatch(/outside the chosen folder/);
    expect(failed.filter((l) => /self-a|self-b|up:/.test(l))).toHaveLength(3);
    expect(failed.every((l) => /not followed/.test(l))).toBe(true);
    // Every output line is one result: the newline in the name forged none.
    expect(lines).toHaveLength(imported.length + failed.length);

    const sources = (await cli('--data-dir', dataDir, 'sources', '--json')).lines.join('\n');
    expect(JSON.parse(sources)).toHaveLength(2);
  });
});
