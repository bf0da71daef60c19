// The page's side of search: starts the worker on first use (or, without Worker support, runs the engine
// in the page), and keeps at most one query in flight per channel — while the engine works, newer
// keystrokes replace each other, so typing never queues up stale searches.
import { SEARCH_FILE, type SearchData } from '../../model/search';
import type { EngineStats, SearchEngine } from './engine';
import type { Facets, SearchOptions, SearchResponse } from './protocol';

export type WorkerRequest =
  | { id: number; type: 'init'; url: string }
  | { id: number; type: 'search'; url: string; query: string; options: SearchOptions };

export type WorkerReply =
  | { id: number; type: 'init'; facets: Facets; stats: EngineStats }
  | { id: number; type: 'search'; response: SearchResponse }
  | { id: number; type: 'error'; message: string };

export interface SearchInfo {
  facets: Facets;
  stats: EngineStats;
}

export interface SearchClient {
  /** Loads the data (once) and reports what it holds. */
  init(): Promise<SearchInfo>;
  /**
   * Searches. Resolves null when a newer search on the same channel replaced this one before it ran.
   * Rejects when the search data cannot be loaded.
   */
  search(query: string, options?: SearchOptions, channel?: string): Promise<SearchResponse | null>;
}

type Send = (req: WorkerRequest) => Promise<WorkerReply>;

/** The URL of the search file in the deployed bundle. */
export function searchDataUrl(): string {
  const base = import.meta.env.BASE_URL ?? '/';
  const path = `${base.endsWith('/') ? base : base + '/'}data/${SEARCH_FILE}`;
  return typeof location !== 'undefined' ? new URL(path, location.href).href : path;
}

function workerTransport(): Send {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'search' });
  const waiting = new Map<number, (r: WorkerReply) => void>();
  worker.onmessage = (e: MessageEvent<WorkerReply>) => {
    waiting.get(e.data.id)?.(e.data);
    waiting.delete(e.data.id);
  };
  worker.onerror = (e) => {
    for (const [id, done] of waiting)
      done({ id, type: 'error', message: e.message || 'search worker failed' });
    waiting.clear();
  };
  return (req) =>
    new Promise((resolve) => {
      waiting.set(req.id, resolve);
      worker.postMessage(req);
    });
}

/** Runs the engine in the page: for environments without Worker (tests, very old browsers). */
function inPageTransport(): Send {
  let engine: Promise<SearchEngine> | null = null;
  const load = (url: string) =>
    (engine ??= Promise.all([
      import('./engine'),
      fetch(url).then((r) => {
        if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
        return r.json() as Promise<SearchData>;
      }),
    ]).then(([m, data]) => new m.SearchEngine(data)));
  return async (req) => {
    try {
      const eng = await load(req.url);
      if (req.type === 'init') return { id: req.id, type: 'init', facets: eng.facets(), stats: eng.stats };
      return { id: req.id, type: 'search', response: eng.search(req.query, req.options) };
    } catch (err) {
      engine = null;
      return { id: req.id, type: 'error', message: err instanceof Error ? err.message : String(err) };
    }
  };
}

export function createSearchClient(
  url = searchDataUrl(),
  useWorker = typeof Worker !== 'undefined',
): SearchClient {
  const send = useWorker ? workerTransport() : inPageTransport();
  let nextId = 1;
  let info: Promise<SearchInfo> | null = null;
  const busy = new Set<string>();
  const pending = new Map<
    string,
    {
      query: string;
      options: SearchOptions;
      resolve: (r: SearchResponse | null) => void;
      reject: (e: Error) => void;
    }
  >();

  const run = (channel: string, query: string, options: SearchOptions): Promise<SearchResponse | null> => {
    busy.add(channel);
    return send({ id: nextId++, type: 'search', url, query, options }).then((reply) => {
      const next = pending.get(channel);
      pending.delete(channel);
      busy.delete(channel);
      if (next) run(channel, next.query, next.options).then(next.resolve, next.reject);
      if (reply.type === 'error') throw new Error(reply.message);
      return reply.type === 'search' ? reply.response : null;
    });
  };

  return {
    init() {
      info ??= send({ id: nextId++, type: 'init', url }).then((reply) => {
        if (reply.type === 'init') return { facets: reply.facets, stats: reply.stats };
        info = null;
        throw new Error(reply.type === 'error' ? reply.message : 'unexpected reply');
      });
      return info;
    },
    search(query, options = {}, channel = 'default') {
      if (!busy.has(channel)) return run(channel, query, options);
      pending.get(channel)?.resolve(null);
      return new Promise((resolve, reject) => pending.set(channel, { query, options, resolve, reject }));
    },
  };
}

let shared: SearchClient | null = null;

/** The app's one search client, created on first use. */
export function getSearchClient(): SearchClient {
  shared ??= createSearchClient();
  return shared;
}

/** Tests: use this client (or a fresh default one, with null) from now on. */
export function setSearchClient(client: SearchClient | null): void {
  shared = client;
}
