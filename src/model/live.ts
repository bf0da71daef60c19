// What the dev server (src/dev/bundle-reload.ts) tells the open page (src/app/data/live-bundle.ts)
// when the compiler in watch mode rewrites bundle files. Files are named, and the page refetches
// them; but when an edit changes event summaries in place, the compiler also sends the dev server
// those summaries as a patch to the index, which the page applies to the index it holds: at 10,000
// posts, fetching and parsing the whole 3.8 MB index again took 150-250 ms.
import type { BundleIndex, EventSummary } from './types';

export const BUNDLE_CHANGED = 'bundle:changed';
export const INDEX_PATCHED = 'bundle:index-patched';
/** The compiler in watch mode has written its first build and watches for edits. */
export const COMPILER_WATCHING = 'compiler:watching';

/** The compiler's messages to the dev server (over the IPC channel of the watch process). */
export type CompilerMessage = IndexPatchMessage | { type: typeof COMPILER_WATCHING };

export interface IndexPatchMessage {
  type: typeof INDEX_PATCHED;
  patch: IndexPatch;
}

export interface BundleChanged {
  /** Paths under the bundle dir, `/`-separated. */
  files: string[];
}

export interface IndexPatch {
  /** The `generatedAt` of the index this patch turns into the next one. */
  base: string;
  generatedAt: string;
  /** Events in both indexes. */
  count: number;
  /** Position → new summary (same slug, same place). */
  events: [number, EventSummary][];
}

/** The `generatedAt` of an index.json, from its first characters (it is written first). */
export function generatedAtOf(indexJson: string): string | null {
  return /"generatedAt":"([^"]*)"/.exec(indexJson.slice(0, 200))?.[1] ?? null;
}

/** `prev` with the patch applied, or null when the patch was made from another index. */
export function applyIndexPatch(prev: BundleIndex, patch: IndexPatch): BundleIndex | null {
  if (prev.generatedAt !== patch.base || prev.events.length !== patch.count) return null;
  const events = prev.events.slice();
  for (const [i, summary] of patch.events) {
    if (events[i]?.slug !== summary.slug) return null;
    events[i] = summary;
  }
  return { ...prev, generatedAt: patch.generatedAt, events };
}
