// A static file server on 127.0.0.1 for fixture pages. Browsers reach it under real news hostnames
// (see the resolver rules in chromium.ts / firefox.ts), so a URL is http://baodongkhoi.vn:PORT/path.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
};

export type HeaderRule = Record<string, string>;

export interface ServeOptions {
  /** Extra response headers by exact path ("/strict-csp.html") or by a function of the path. */
  headers?: Record<string, HeaderRule> | ((pathname: string) => HeaderRule | undefined);
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number;
  /**
   * Serve each hostname from its own folder: a request for http://baodongkhoi.vn:PORT/a.html reads
   * `dir/baodongkhoi.vn/a.html` first, then `dir/a.html` (shared assets). Default false.
   */
  byHost?: boolean;
}

export interface FixtureServer {
  port: number;
  /** http://127.0.0.1:PORT */
  origin: string;
  /** URL of `path` under `host`, e.g. url('baodongkhoi.vn', '/tin/a.html') → http://baodongkhoi.vn:PORT/tin/a.html */
  url(host: string, path?: string): string;
  /** Every request served so far (method and path), to assert that a page asked for nothing unexpected. */
  requests: { method: string; path: string; host: string }[];
  close(): Promise<void>;
}

/** Serves the files under `dir` (index.html for folders). Paths outside `dir` get 404. */
export async function serveFixtures(dir: string, options: ServeOptions = {}): Promise<FixtureServer> {
  const root = resolve(dir);
  const requests: FixtureServer['requests'] = [];

  const extraHeaders = (pathname: string): HeaderRule => {
    const rule = options.headers;
    if (!rule) return {};
    return (typeof rule === 'function' ? rule(pathname) : rule[pathname]) ?? {};
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fixture.invalid');
    const pathname = decodeURIComponent(url.pathname);
    requests.push({ method: req.method ?? 'GET', path: pathname, host: req.headers.host ?? '' });
    const hostname = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const candidates = [
      ...(options.byHost && /^[a-z0-9.-]+$/.test(hostname) ? [resolve(join(root, hostname, pathname))] : []),
      resolve(join(root, pathname)),
    ];
    try {
      const file = await firstFile(root, candidates);
      if (!file) return send(res, 404, 'not found');
      const body = await readFile(file);
      res.writeHead(200, {
        'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Cache-Control': 'no-store',
        ...extraHeaders(pathname),
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      send(res, 404, 'not found');
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => send(res, 500, String(error)));
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    url: (host, path = '/') => `http://${host}:${port}${path.startsWith('/') ? path : `/${path}`}`,
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** The first candidate inside root that is a file (or a folder with index.html). */
async function firstFile(root: string, candidates: string[]): Promise<string | undefined> {
  for (const candidate of candidates) {
    if (candidate !== root && !candidate.startsWith(root + sep)) continue;
    try {
      const info = await stat(candidate);
      if (info.isFile()) return candidate;
      if (info.isDirectory() && (await stat(join(candidate, 'index.html'))).isFile()) return join(candidate, 'index.html');
    } catch {
      // not there: try the next one
    }
  }
  return undefined;
}

function send(res: ServerResponse, status: number, text: string): void {
  if (res.headersSent) return void res.end();
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
}
