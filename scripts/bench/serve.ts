// A plain static file server for the browser runs: the app from `appDir`, the bundle at `/data/`
// from `dataDir`, and index.html for unknown extensionless paths (as a host with an SPA fallback).
// No compression and no caching headers: the browser runs use a fresh context per page load.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { contentType } from '../content-types';

export interface StaticServer {
  url: string;
  /** Every path served, in order, with the bytes sent (for "what did the page load"). */
  log: { path: string; bytes: number; at: number }[];
  close: () => Promise<void>;
}

function inside(root: string, rel: string): string | null {
  const p = path.resolve(root, `.${rel}`);
  return p === root || p.startsWith(root + path.sep) ? p : null;
}

export async function serveStatic(appDir: string, dataDir: string): Promise<StaticServer> {
  const app = path.resolve(appDir);
  const data = path.resolve(dataDir);
  const log: StaticServer['log'] = [];
  const server = http.createServer((req, res) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    let file = pathname.startsWith('/data/')
      ? inside(data, pathname.slice('/data'.length))
      : inside(app, pathname);
    if (file && fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!file || !fs.existsSync(file)) {
      if (path.extname(pathname) === '' && !pathname.startsWith('/data/'))
        file = path.join(app, 'index.html');
      else {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
    }
    const body = fs.readFileSync(file);
    log.push({ path: pathname, bytes: body.length, at: Date.now() });
    res.writeHead(200, {
      'content-type': contentType(file),
      'content-length': body.length,
      'cache-control': 'no-cache',
    });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
