// The search worker: loads the search data once, builds the engine, answers queries off the main thread.
/// <reference lib="webworker" />
import type { SearchData } from '../../model/search';
import { SearchEngine } from './engine';
import type { WorkerReply, WorkerRequest } from './client';

declare const self: DedicatedWorkerGlobalScope;

let engine: Promise<SearchEngine> | null = null;

function load(url: string): Promise<SearchEngine> {
  engine ??= fetch(url)
    .then((r) => {
      if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
      return r.json() as Promise<SearchData>;
    })
    .then((data) => new SearchEngine(data));
  return engine;
}

self.onmessage = async (e: MessageEvent<WorkerRequest>) => {
  const msg = e.data;
  const reply = (r: WorkerReply) => self.postMessage(r);
  try {
    const eng = await load(msg.url);
    if (msg.type === 'init') reply({ id: msg.id, type: 'init', facets: eng.facets(), stats: eng.stats });
    else reply({ id: msg.id, type: 'search', response: eng.search(msg.query, msg.options) });
  } catch (err) {
    engine = null;
    reply({ id: msg.id, type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
