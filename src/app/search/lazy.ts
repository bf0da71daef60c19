// The search client, loaded on first use: keeps the worker glue (and, without Worker, the engine and
// Fuse) out of the initial JavaScript.
import type { SearchClient } from './client';

let clientModule: Promise<typeof import('./client')> | null = null;

export function loadSearchClient(): Promise<SearchClient> {
  clientModule ??= import('./client');
  return clientModule.then((m) => m.getSearchClient());
}
