import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../../tests/library';
import { useTempDirs } from '../../../tests/tempDir';
import { runCli } from './runCli';
import { terminalSafe } from './terminalText';

const tempDir = useTempDirs();

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

describe('the CLI never lets library text drive the terminal', () => {
  it('strips escape codes from library text and keeps a file name with a newline on one line', async () => {
    const dataDir = tempDir();
    const files = tempDir();
    const path = join(files, 'memo\nimported   fake.txt → source 99: forged.txt');
    writeFileSync(
      path,
      'Port \u001b]0;owned\u0007memo \u001b[31mred\u001b[0m\u009b2J\nThe pilots returned.\u0008\n' +
        'The harbour reopened after two days of talks. '.repeat(20),
    );
    const imported = await cli('--data-dir', dataDir, '--no-sample', 'import', path);
    expect(imported.code).toBe(0);
    const lines = imported.out.join('\n').split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^imported {3}.*memo\\nimported {3}fake\.txt.* → source 1: Port /);

    const shown = await cli('--data-dir', dataDir, 'show', '1');
    const all = shown.out.join('\n');
    expect(all).toContain('The pilots returned.');
    // eslint-disable-next-line no-control-regex -- asserting their absence
    expect(all).not.toMatch(/[\u001b\u0007\u009b]/);
  });

  it('terminalSafe removes CSI and OSC sequences and shows other controls', () => {
    expect(terminalSafe('a\u001b[1;31mb\u001b]8;;http://x\u001b\\c\u0000d\te')).toBe(
      'abc\\x00d\te',
    );
  });

  it('exits quietly when the reader closes the pipe (| head)', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/hosts/cli.ts', '--help'], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
