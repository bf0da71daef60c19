// Dev only (imported from main.tsx behind `import.meta.hot`): when the compiler in watch mode rewrites
// bundle files, the dev server names them in a `bundle:changed` event (src/dev/bundle-reload.ts) and
// the matching queries refetch, so the open page shows the edit without a reload; changed summaries
// in the index arrive as a patch instead (src/model/live.ts).
import type { QueryClient } from '@tanstack/react-query';
import type { ViteHotContext } from 'vite/types/hot.d.ts';
import {
  applyIndexPatch,
  BUNDLE_CHANGED,
  INDEX_PATCHED,
  type BundleChanged,
  type IndexPatch,
} from '../../model/live';
import type { BundleIndex } from '../../model/types';
import { eventQuery, indexQuery, speakerQuery } from './queries';
import { validateIndex } from './validate';

const INDEX_KEY = indexQuery().queryKey;

/** The query key a bundle file backs (see queries.ts), or null for files no query reads. */
export function queryKeyOf(file: string): readonly unknown[] | null {
  if (file === 'index.json') return INDEX_KEY;
  const m = /^(events|speakers)\/(.+)\.json$/.exec(file);
  if (!m) return null;
  return (m[1] === 'events' ? eventQuery(m[2]!) : speakerQuery(m[2]!)).queryKey;
}

export function applyBundleChange(queryClient: QueryClient, { files }: BundleChanged): void {
  for (const file of files) {
    const queryKey = queryKeyOf(file);
    if (queryKey) void queryClient.invalidateQueries({ queryKey, exact: true });
  }
}

/** Patches the index the page holds; refetches it when the patch was made from another one. */
export function applyIndexChange(queryClient: QueryClient, patch: IndexPatch): void {
  const prev = queryClient.getQueryData(INDEX_KEY);
  let next: BundleIndex | null = null;
  try {
    if (prev) {
      validateIndex({ events: patch.events.map(([, e]) => e), speakers: [] }, 'index.json (patch)');
      next = applyIndexPatch(prev, patch);
    }
  } catch {
    next = null;
  }
  if (next) queryClient.setQueryData(INDEX_KEY, next);
  else void queryClient.invalidateQueries({ queryKey: INDEX_KEY, exact: true });
}

export function liveBundle(hot: ViteHotContext, queryClient: QueryClient): void {
  hot.on(BUNDLE_CHANGED, (data: BundleChanged) => applyBundleChange(queryClient, data));
  hot.on(INDEX_PATCHED, (patch: IndexPatch) => applyIndexChange(queryClient, patch));
}
