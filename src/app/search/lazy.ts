// The search client, loaded on first use: keeps the worker glue (and, without Worker, the engine and
// Fuse) out of the initial JavaScript.
import type { SearchClient } from './client';

let clientPromise: Promise<SearchClient> | null = null;

export function loadSearchClient(): Promise<SearchClient> {
  clientPromise ??= import('./client').then((m) => m.getSearchClient());
  return clientPromise;
}
