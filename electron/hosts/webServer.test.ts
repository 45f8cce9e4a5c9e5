import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDirs } from '../../tests/tempDir';
import { openCore, type CoreContext } from '../core/context';
import { createHandlers } from '../core/handlers';
import { startWebServer, type RunningWebServer } from './webServer';

const tempDir = useTempDirs();
let running: RunningWebServer | undefined;
let core: CoreContext | undefined;

afterEach(async () => {
  await running?.close();
  core?.close();
  running = undefined;
  core = undefined;
});

async function start(maxBodyBytes?: number, log: (message: unknown) => void = () => {}) {
  const staticDir = join(tempDir(), 'static');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>t</title>');
  core = openCore({ dataDir: tempDir(), sample: false });
  running = await startWebServer({
    handlers: createHandlers(core),
    staticDir,
    maxBodyBytes,
    log,
  });
  return running;
}

function rpc(
  server: RunningWebServer,
  method: string,
  body: string,
  headers: Record<string, string> = {},
) {
  return fetch(`http://127.0.0.1:${server.port}/rpc/${method}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${server.token}`,
      ...headers,
    },
    body,
  });
}

describe('browser host', () => {
  it('binds to 127.0.0.1 and prints a URL carrying the token', async () => {
    const server = await start();
    expect(server.url).toMatch(
      new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/\\?token=[\\w-]{20,}$`),
    );
    expect(server.server.address()).toMatchObject({ address: '127.0.0.1' });
  });

  it('answers 401, 400, 404 and 403 as JSON {code, message} and keeps serving', async () => {
    const server = await start();
    const noToken = await rpc(server, 'notes.get', '{"id":1}', { authorization: '' });
    expect(noToken.status).toBe(401);
    expect(await noToken.json()).toMatchObject({
      code: 'unauthorized',
      message: expect.any(String),
    });

    const wrongToken = await rpc(server, 'notes.list', '{}', { authorization: 'Bearer nope' });
    expect(wrongToken.status).toBe(401);

    const badType = await rpc(server, 'notes.get', '{"id":"seven"}');
    expect(badType.status).toBe(400);
    expect(await badType.json()).toMatchObject({ code: 'bad_request' });

    const badJson = await rpc(server, 'notes.get', '{"id":');
    expect(badJson.status).toBe(400);

    const unknown = await rpc(server, 'nope', '{}');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ code: 'unknown_method' });

    const crossOrigin = await rpc(server, 'notes.list', '{}', { origin: 'http://evil.example' });
    expect(crossOrigin.status).toBe(403);

    const good = await rpc(server, 'notes.create', '{"title":"After the storm"}');
    expect(good.status).toBe(200);
    expect(await good.json()).toMatchObject({ value: { title: 'After the storm' } });
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const server = await start();
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: server.port,
          path: '/rpc/notes.list',
          method: 'POST',
          headers: { host: 'attacker.example:80', authorization: `Bearer ${server.token}` },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end('{}');
    });
    expect(status).toBe(403);
  });

  it('limits the body size', async () => {
    const server = await start(1024);
    const res = await rpc(server, 'notes.create', JSON.stringify({ title: 'x'.repeat(5000) }));
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ code: 'too_large' });
    expect((await rpc(server, 'notes.list', '{}')).status).toBe(200);
  });

  it('imports an uploaded file and finds it through /rpc', async () => {
    const server = await start();
    const file = {
      name: 'memo.txt',
      dataBase64: Buffer.from('Port memo\nThe pilots returned to work.').toString('base64'),
    };
    const imported = await rpc(server, 'sources.import', JSON.stringify({ files: [file] }));
    expect(imported.status).toBe(200);
    expect(await imported.json()).toMatchObject({
      value: { imported: 1, results: [{ status: 'imported', title: 'Port memo' }] },
    });
    const found = await rpc(server, 'library.search', JSON.stringify({ text: 'pilot*' }));
    expect(await found.json()).toMatchObject({
      value: { total: 1, hits: [{ type: 'source', title: 'Port memo' }] },
    });
    const ambiguous = await rpc(
      server,
      'excerpts.create',
      JSON.stringify({ sourceId: 1, quote: 'nowhere' }),
    );
    expect(ambiguous.status).toBe(404);
  });

  it('serves the renderer with a strict CSP and never files outside it', async () => {
    const server = await start();
    const index = await fetch(`http://127.0.0.1:${server.port}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self'");
    const escape = await fetch(`http://127.0.0.1:${server.port}/..%2f..%2fpackage.json`);
    expect(escape.status).toBe(404);
  });

  it('a NUL in a search, a malformed or NUL path, a chunked over-limit body: 4xx, nothing logged', async () => {
    const logged: unknown[] = [];
    const server = await start(1024, (m) => logged.push(m));
    const search = await rpc(
      server,
      'library.search',
      JSON.stringify({ text: 'port\u0000 pilots' }),
    );
    expect(search.status).toBe(200);
    for (const path of ['/%E0%A4%A', '/%', '/assets/%ZZ.js']) {
      const res = await fetch(`http://127.0.0.1:${server.port}${path}`);
      expect(res.status, path).toBe(400);
      expect(await res.json()).toMatchObject({ code: 'bad_request' });
    }
    expect((await fetch(`http://127.0.0.1:${server.port}/index.html%00.js`)).status).toBe(404);

    // No content-length: the limit is found while reading, and still answered with 413.
    const chunks = [new Uint8Array(600).fill(32), new Uint8Array(600).fill(32)];
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = chunks.shift();
        if (next) controller.enqueue(next);
        else controller.close();
      },
    });
    const chunked = await fetch(`http://127.0.0.1:${server.port}/rpc/notes.list`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}` },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
    expect(await chunked.json()).toMatchObject({ code: 'too_large' });
    expect((await rpc(server, 'notes.list', '{}')).status).toBe(200);
    expect(logged).toEqual([]);
  });
});
