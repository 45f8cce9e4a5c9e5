import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startHost, type RunningHost } from '../e2e/host';
import { openCore } from '../electron/core/context';
import { repoRoot } from './library';
import { useTempDirs } from './tempDir';

const tempDir = useTempDirs();
// Stopped even when the test fails or times out, so no host outlives it.
const running: RunningHost[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((host) => host.stop()));
});

/**
 * Writes per host: 1,000 take about 10 s on an otherwise idle two-core machine
 * (BRIEFWRIGHT_WRITES_PER_HOST sets another count).
 */
const WRITES_PER_HOST = Number(process.env.BRIEFWRIGHT_WRITES_PER_HOST ?? 1000);
const CLI_IMPORTS = Number(process.env.BRIEFWRIGHT_CLI_IMPORTS ?? 3);

const paragraph = (value: string) => ({
  type: 'paragraph',
  version: 1,
  children: [{ type: 'text', version: 1, text: value }],
});
const content = (value: string) =>
  JSON.stringify({ root: { type: 'root', version: 1, children: [paragraph(value)] } });

interface Reply {
  status: number;
  body: { value?: unknown; code?: string; message?: string };
}

async function rpc(host: RunningHost, method: string, input: unknown): Promise<Reply> {
  const res = await fetch(`${host.origin}/rpc/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${host.token}` },
    body: JSON.stringify(input),
    // A stalled call is a failure to report, not a hung test.
    signal: AbortSignal.timeout(60_000),
  }).catch((error: Error) => error);
  if (res instanceof Error)
    return { status: 0, body: { code: 'no_answer', message: `${method}: ${res.message}` } };
  return { status: res.status, body: (await res.json()) as Reply['body'] };
}

function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/hosts/cli.ts', ...args], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('exit', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

interface Acknowledged {
  notes: number[];
  excerpts: number[];
  claims: number[];
  sources: number[];
  /** Saves of the one shared note: what was sent and the revision it became. */
  sharedSaves: { host: number; text: string; revision: number; keptOther: boolean }[];
  failures: string[];
}

const SOURCE_TEXT = `Harbour traffic report. ${'Convoys crossed the strait at dawn and dusk. '.repeat(40)}`;

describe('two hosts and the CLI on one library', () => {
  it('writing at once: no 500, no acknowledged write lost, both versions of a shared note kept', async () => {
    const dataDir = tempDir();
    const staticDir = join(tempDir(), 'static');
    mkdirSync(staticDir);
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>t</title>');

    const hosts = await Promise.all([
      startHost(dataDir, ['--static', staticDir]),
      startHost(dataDir, ['--static', staticDir]),
    ]);
    running.push(...hosts);
    let shared = { id: 0, revision: 0 };
    const ack: Acknowledged = {
      notes: [],
      excerpts: [],
      claims: [],
      sources: [],
      sharedSaves: [],
      failures: [],
    };
    const started = Date.now();
    try {
      const first = hosts[0]!;
      const imported = await rpc(first, 'sources.import', {
        files: [{ name: 'harbour.txt', dataBase64: Buffer.from(SOURCE_TEXT).toString('base64') }],
      });
      const sourceId = (imported.body.value as { results: { sourceId: number }[] }).results[0]!
        .sourceId;
      shared = (await rpc(first, 'notes.create', { title: 'Shared' })).body.value as {
        id: number;
        revision: number;
      };

      const ok = (what: string, reply: Reply): boolean => {
        if (reply.status === 200) return true;
        ack.failures.push(`${what}: ${reply.status} ${reply.body.code} ${reply.body.message}`);
        return false;
      };

      const writer = async (h: number) => {
        const host = hosts[h]!;
        let base = shared.revision;
        for (let i = 0; i < WRITES_PER_HOST; i++) {
          const tag = `host${h}-${i}`;
          switch (i % 5) {
            case 0: {
              const r = await rpc(host, 'notes.create', { title: tag, content: content(tag) });
              if (ok(tag, r)) ack.notes.push((r.body.value as { id: number }).id);
              break;
            }
            case 1: {
              const text = `${tag} says so`;
              const r = await rpc(host, 'notes.save', {
                id: shared.id,
                title: 'Shared',
                content: content(text),
                baseRevision: base,
              });
              if (ok(tag, r)) {
                const saved = r.body.value as { revision: number; keptOther?: unknown };
                base = saved.revision;
                ack.sharedSaves.push({
                  host: h,
                  text,
                  revision: saved.revision,
                  keptOther: saved.keptOther !== undefined,
                });
              }
              break;
            }
            case 2: {
              const start = (i * 7) % 1500;
              const r = await rpc(host, 'excerpts.create', { sourceId, start, end: start + 20 });
              if (ok(tag, r)) ack.excerpts.push((r.body.value as { id: number }).id);
              break;
            }
            case 3: {
              const r = await rpc(host, 'claims.create', { text: `${tag} claim` });
              if (ok(tag, r)) ack.claims.push((r.body.value as { id: number }).id);
              break;
            }
            default: {
              const body = `Dispatch ${tag}. Ships were counted at the pier.`;
              const r = await rpc(host, 'sources.import', {
                files: [{ name: `${tag}.txt`, dataBase64: Buffer.from(body).toString('base64') }],
              });
              if (ok(tag, r)) {
                const result = (
                  r.body.value as {
                    results: { status: string; sourceId?: number; reason?: string }[];
                  }
                ).results[0]!;
                if (result.status === 'imported') ack.sources.push(result.sourceId!);
                else ack.failures.push(`${tag}: import ${result.status} ${result.reason}`);
              }
            }
          }
        }
      };

      const cli = async () => {
        const files = tempDir();
        for (let i = 0; i < CLI_IMPORTS; i++) {
          const path = join(files, `cli-${i}.txt`);
          writeFileSync(path, `Wire ${i} from the command line. The port stayed open.`);
          const run = await runCli([
            '--data-dir',
            dataDir,
            '--no-sample',
            'import',
            path,
            '--json',
          ]);
          if (run.code !== 0) {
            ack.failures.push(`cli ${i}: exit ${run.code} ${run.stderr} ${run.stdout}`);
            continue;
          }
          const [result] = JSON.parse(run.stdout) as { status: string; sourceId: number }[];
          if (result?.status === 'imported') ack.sources.push(result.sourceId);
          else ack.failures.push(`cli ${i}: ${run.stdout}`);
        }
      };

      await Promise.all([writer(0), writer(1), cli()]);
    } finally {
      await Promise.all(running.splice(0).map((h) => h.stop()));
    }

    console.log(
      `${2 * WRITES_PER_HOST} host writes and ${CLI_IMPORTS} CLI imports in ${Date.now() - started} ms; ` +
        `${ack.sharedSaves.filter((s) => s.keptOther).length} of ${ack.sharedSaves.length} shared-note saves kept the other version`,
    );
    expect(ack.failures).toEqual([]);

    const core = openCore({ dataDir, sample: false });
    try {
      const count = (table: string, ids: number[]) =>
        (
          core.db
            .prepare(
              `SELECT count(*) AS n FROM ${table} WHERE id IN (SELECT value FROM json_each(?))`,
            )
            .get(JSON.stringify(ids)) as { n: number }
        ).n;
      expect(ack.notes.length + ack.excerpts.length + ack.claims.length).toBeGreaterThan(
        WRITES_PER_HOST,
      );
      expect(count('notes', ack.notes)).toBe(ack.notes.length);
      expect(count('excerpts', ack.excerpts)).toBe(ack.excerpts.length);
      expect(count('claims', ack.claims)).toBe(ack.claims.length);
      expect(count('sources', ack.sources)).toBe(ack.sources.length);
      expect(new Set(ack.sources).size).toBe(ack.sources.length);

      // The shared note: each acknowledged save is the current version, or was replaced by the
      // same host's next save, or was kept as a revision when the other host saved over it.
      const note = core.notes.get(shared.id);
      const kept = core.db
        .prepare('SELECT content FROM note_revisions WHERE note_id = ? AND conflict = 1')
        .all(note.id)
        .map((r) => (r as { content: string }).content);
      const byRevision = new Map(ack.sharedSaves.map((s) => [s.revision, s]));
      const last = Math.max(...byRevision.keys());
      expect(note.revision).toBe(last);
      expect(note.content).toBe(content(byRevision.get(last)!.text));
      let overwrittenByOther = 0;
      for (const save of ack.sharedSaves) {
        const next = byRevision.get(save.revision + 1);
        if (next && next.host !== save.host) {
          overwrittenByOther++;
          expect(kept, `save of revision ${save.revision}`).toContain(content(save.text));
        }
      }
      // Both hosts really did save over each other, and were told.
      expect(overwrittenByOther).toBeGreaterThan(0);
      expect(ack.sharedSaves.filter((s) => s.keptOther).length).toBe(overwrittenByOther);
    } finally {
      core.close();
    }
  }, 240_000);
});
