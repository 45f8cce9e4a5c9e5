import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { ApiErrorBody } from '../../shared/errors';
import type { Handlers } from '../core/handlers';
import { dispatch } from '../core/rpc/dispatch';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

export interface WebServerOptions {
  handlers: Handlers;
  /** The built renderer (index.html and assets). */
  staticDir: string;
  port?: number;
  token?: string;
  /** Largest accepted RPC body; imports upload whole files, so this is generous. */
  maxBodyBytes?: number;
  log?: (message: unknown) => void;
}

export interface RunningWebServer {
  server: Server;
  port: number;
  token: string;
  url: string;
  close(): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
  ) {
    super(body.message);
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(text);
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolveBody, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      reject(
        new HttpError(413, { code: 'too_large', message: `Request body over ${limit} bytes.` }),
      );
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // A body without a declared length (chunked) finds out here: answer 413 and discard the
        // rest instead of resetting the connection, so the client reads the answer.
        req.off('data', onData);
        chunks.length = 0;
        req.resume();
        reject(
          new HttpError(413, { code: 'too_large', message: `Request body over ${limit} bytes.` }),
        );
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolveBody(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function tokenMatches(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Serves the renderer and the API contract on 127.0.0.1 only. */
export function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const maxBody = options.maxBodyBytes ?? 80 * 1024 * 1024;
  const staticRoot = resolve(options.staticDir);
  const log = options.log ?? ((m: unknown) => console.error(m));
  let port = 0;

  // Only our own origin may talk to us: defeats DNS rebinding and cross-site requests.
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  async function handleRpc(
    req: IncomingMessage,
    res: ServerResponse,
    method: string,
  ): Promise<void> {
    if (req.method !== 'POST') {
      throw new HttpError(405, { code: 'bad_request', message: 'RPC calls use POST.' });
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts().has(origin.replace(/^http:\/\//, ''))) {
      throw new HttpError(403, {
        code: 'forbidden',
        message: 'Cross-origin requests are refused.',
      });
    }
    const auth = req.headers.authorization;
    const given = auth?.startsWith('Bearer ') ? auth.slice(7) : undefined;
    if (!tokenMatches(given, token)) {
      throw new HttpError(401, { code: 'unauthorized', message: 'Missing or wrong access token.' });
    }
    const body = await readBody(req, maxBody);
    let input: unknown = {};
    if (body.length > 0) {
      try {
        input = JSON.parse(body.toString('utf8'));
      } catch {
        throw new HttpError(400, {
          code: 'bad_request',
          message: 'The request body is not valid JSON.',
        });
      }
    }
    const result = await dispatch(options.handlers, method, input, log);
    if (result.ok) {
      sendJson(res, 200, { value: result.value ?? null });
      return;
    }
    const status =
      result.error.code === 'unknown_method' || result.error.code === 'not_found'
        ? 404
        : result.error.code === 'bad_request'
          ? 400
          : result.error.code === 'conflict'
            ? 409
            : result.error.code === 'too_large'
              ? 413
              : result.error.code === 'busy'
                ? 503
                : result.error.code === 'internal'
                  ? 500
                  : 422;
    sendJson(res, status, result.error);
  }

  function serveStatic(req: IncomingMessage, res: ServerResponse, pathname: string): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      throw new HttpError(405, { code: 'bad_request', message: 'Method not allowed.' });
    }
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      throw new HttpError(400, { code: 'bad_request', message: 'The path is not valid.' });
    }
    if (decoded.includes('\0'))
      throw new HttpError(404, { code: 'not_found', message: 'Not found.' });
    const relative = pathname === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
    const file = normalize(join(staticRoot, relative));
    if (!file.startsWith(staticRoot + sep) || !existsSync(file) || !statSync(file).isFile()) {
      throw new HttpError(404, { code: 'not_found', message: 'Not found.' });
    }
    res.writeHead(200, {
      'content-type': MIME[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      'cache-control': extname(file) === '.html' ? 'no-store' : 'max-age=3600',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  }

  const server = createServer((req, res) => {
    void (async () => {
      try {
        if (!allowedHosts().has(req.headers.host ?? '')) {
          throw new HttpError(403, { code: 'forbidden', message: 'Unexpected Host header.' });
        }
        const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
        if (pathname.startsWith('/rpc/')) await handleRpc(req, res, pathname.slice(5));
        else serveStatic(req, res, pathname);
      } catch (error) {
        if (res.headersSent) {
          res.destroy();
          return;
        }
        if (error instanceof HttpError) sendJson(res, error.status, error.body);
        else {
          log(error);
          sendJson(res, 500, { code: 'internal', message: 'Internal error.' });
        }
      }
    })();
  });
  server.requestTimeout = 120_000;

  return new Promise((resolveServer, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      resolveServer({
        server,
        port,
        token,
        url: `http://127.0.0.1:${port}/?token=${token}`,
        close: () => closeServer(server),
      });
    });
  });
}

/**
 * Stops accepting connections and waits for requests in flight. A page that polls every second
 * keeps its keep-alive connection busy, so idle connections are closed as they become idle, and
 * after a few seconds whatever is left is closed so shutdown cannot hang.
 */
function closeServer(server: Server, graceMs = 3000): Promise<void> {
  return new Promise((done) => {
    const sweep = setInterval(() => server.closeIdleConnections(), 100);
    const deadline = setTimeout(() => server.closeAllConnections(), graceMs);
    server.close(() => {
      clearInterval(sweep);
      clearTimeout(deadline);
      done();
    });
    server.closeIdleConnections();
  });
}
