import { spawnSync } from 'node:child_process';
import { Agent, request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHost } from '../e2e/host';
import { percentile, type BenchRow } from './types';

/** One query as the library takes it and as ripgrep takes it over the same text on disk. */
export interface PeerQuery {
  library: string;
  /** ripgrep arguments before the folder: the closest equivalent of the library query. */
  rg: string[];
}

/** Runs per query: the host's take milliseconds, ripgrep's up to a second at 100,000 sources. */
const HTTP_ROUNDS = 5;
const RG_ROUNDS = 3;

const median = (times: readonly number[]): number =>
  [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;

/** Every query once per round; the times of each query, in query order. */
async function rounds<Q>(
  count: number,
  queries: readonly Q[],
  run: (query: Q) => Promise<number>,
): Promise<number[][]> {
  const times = queries.map((): number[] => []);
  for (let round = 0; round < count; round++) {
    for (const [i, q] of queries.entries()) times[i]!.push(await run(q));
  }
  return times;
}

/** Words, phrases and prefixes drawn from the library's own text, for both engines. */
export function peerQueries(texts: readonly string[], random: () => number): PeerQuery[] {
  const queries: PeerQuery[] = [];
  for (let i = 0; i < 30; i++) {
    const text = texts[Math.floor(random() * texts.length)]!;
    const at = Math.floor(random() * (text.length - 80));
    const words = text
      .slice(at, at + 80)
      .replace(/[.\n]/g, ' ')
      .split(/\s+/)
      .filter((w) => w.length > 1)
      .slice(1, 4);
    const kind = i % 3;
    if (kind === 0) queries.push({ library: words[0]!, rg: ['-l', '-i', '-w', words[0]!] });
    else if (kind === 1) {
      const phrase = words.join(' ');
      queries.push({ library: `"${phrase}"`, rg: ['-l', '-i', '-F', phrase] });
    } else {
      const prefix = words[0]!.slice(0, 3);
      queries.push({ library: `${prefix}*`, rg: ['-l', '-i', `\\b${prefix}`] });
    }
  }
  return queries;
}

/**
 * A warm search over HTTP, answered by the browser host (`npm run web`) running on its own over
 * the library in `dataDir`, beside ripgrep over the same sources written out as text files. Both
 * are the median of several runs per query, taken in rounds.
 */
export async function searchVsRipgrep(
  dataDir: string,
  texts: readonly string[],
  queries: readonly PeerQuery[],
  label: string,
  /** The targets: every query at 10,000 sources, the median at 100,000. */
  limits: { p50?: number; slowest?: number } = {},
): Promise<BenchRow[]> {
  if (spawnSync('rg', ['--version']).status !== 0) {
    console.error('ripgrep (rg) is not installed: the side-by-side rows are skipped');
    return [];
  }
  const dir = mkdtempSync(join(tmpdir(), 'briefwright-rg-'));
  const staticDir = join(dir, 'static');
  const filesDir = join(dir, 'sources');
  mkdirSync(staticDir);
  mkdirSync(filesDir);
  texts.forEach((text, i) => writeFileSync(join(filesDir, `source-${i}.txt`), text));
  const host = await startHost(dataDir, ['--static', staticDir]);
  const port = Number(new URL(host.origin).port);
  try {
    // A plain keep-alive client, as a browser keeps its connection warm (the renderer asks for
    // changes every second; Node's fetch would add about 0.4 ms of its own to every call).
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const search = (text: string) =>
      new Promise<void>((done, fail) => {
        const body = JSON.stringify({ text, limit: 20 });
        const call = request(
          {
            host: '127.0.0.1',
            port,
            path: '/rpc/library.search',
            method: 'POST',
            agent,
            headers: {
              authorization: `Bearer ${host.token}`,
              'content-type': 'application/json',
              'content-length': Buffer.byteLength(body),
            },
          },
          (response) => {
            response.on('error', fail);
            response.on('data', () => {});
            response.on('end', () => {
              if (response.statusCode === 200) done();
              else fail(new Error(`search failed: ${response.statusCode}`));
            });
          },
        );
        call.on('error', fail);
        call.end(body);
      });
    // Warm both, ripgrep first: the files in the OS cache, then the library's statements and
    // page cache. Each query's runs are spread over rounds (every query once per round) rather
    // than run back to back, so a few milliseconds in which the machine is busy elsewhere touch
    // one run of a query, not all of them. The host's rounds run together, before ripgrep's:
    // ripgrep's runs (up to a second each at 100,000 sources) would outlast the host's idle
    // connection.
    for (const q of queries) spawnSync('rg', [...q.rg, filesDir]);
    for (const q of queries) await search(q.library);
    const httpRuns = await rounds(HTTP_ROUNDS, queries, async (q) => {
      const t0 = performance.now();
      await search(q.library);
      return performance.now() - t0;
    });
    const rgRuns = await rounds(RG_ROUNDS, queries, async (q) => {
      const t0 = performance.now();
      const result = spawnSync('rg', [...q.rg, filesDir], { maxBuffer: 64 * 1024 * 1024 });
      if (result.status !== 0 && result.status !== 1) throw new Error('ripgrep failed');
      return performance.now() - t0;
    });
    const ratios: number[] = [];
    const ours: number[] = [];
    const peer: number[] = [];
    queries.forEach((q, i) => {
      const http = median(httpRuns[i]!);
      const rg = median(rgRuns[i]!);
      ours.push(http);
      peer.push(rg);
      ratios.push(rg / http);
      if (process.env.BRIEFWRIGHT_BENCH_DETAIL) {
        console.error(
          `${http.toFixed(1).padStart(7)} ms vs rg ${rg.toFixed(1).padStart(7)} ms  ${q.library}`,
        );
      }
    });
    agent.destroy();
    ours.sort((a, b) => a - b);
    peer.sort((a, b) => a - b);
    ratios.sort((a, b) => a - b);
    return [
      {
        area: 'vs ripgrep',
        metric: `warm search over HTTP p50 (${label})`,
        value: percentile(ours, 50),
        unit: 'ms',
      },
      {
        area: 'vs ripgrep',
        metric: `ripgrep over the same files p50 (${label})`,
        value: percentile(peer, 50),
        unit: 'ms',
      },
      {
        area: 'vs ripgrep',
        metric: `times faster than ripgrep, p50 of ${queries.length} queries`,
        value: percentile(ratios, 50),
        unit: '×',
        ...(limits.p50 ? { limit: { min: limits.p50 } } : {}),
      },
      {
        area: 'vs ripgrep',
        metric: 'times faster than ripgrep, slowest query',
        value: ratios[0]!,
        unit: '×',
        ...(limits.slowest ? { limit: { min: limits.slowest } } : {}),
      },
    ];
  } finally {
    await host.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
