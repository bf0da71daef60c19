// A plain static file server, like GitHub Pages or `python3 -m http.server`: no rewrites.
// A file is served as is; a folder redirects to its trailing-slash form and serves its index.html;
// anything else is a 404 with the site's 404.html as body.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { contentType } from '../../../scripts/content-types';

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

function isDir(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

export function handler(root: string): http.RequestListener {
  const base = path.resolve(root);
  return (req, res) => {
    const send = (status: number, file: string | null, headers: Record<string, string> = {}) => {
      const type = file ? contentType(file) : 'text/plain';
      const body = file ? fs.readFileSync(file) : Buffer.from(status === 404 ? 'Not found' : 'Bad request');
      res.writeHead(status, { 'content-type': type, 'content-length': String(body.length), ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    const notFound = () => {
      const page = path.join(base, '404.html');
      send(404, isFile(page) ? page : null);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, null);
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      return send(400, null);
    }
    const full = path.resolve(base, `.${pathname}`);
    if (full !== base && !full.startsWith(base + path.sep)) return notFound();
    if (isFile(full)) return send(200, full);
    if (isDir(full)) {
      if (!pathname.endsWith('/')) {
        const u = new URL(req.url ?? '/', 'http://x');
        return send(301, null, { location: `${u.pathname}/${u.search}` });
      }
      const index = path.join(full, 'index.html');
      if (isFile(index)) return send(200, index);
    }
    return notFound();
  };
}

/** Serves `root` on 127.0.0.1 at a free port. */
export async function startStaticServer(root: string): Promise<StaticServer> {
  const server = http.createServer(handler(root));
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
