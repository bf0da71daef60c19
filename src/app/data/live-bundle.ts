// Dev only (imported from main.tsx behind `import.meta.hot`): when the compiler in watch mode rewrites
// bundle files, the dev server names them in a `bundle:changed` event (src/dev/bundle-reload.ts) and
// the matching queries refetch, so the open page shows the edit without a reload.
import type { QueryClient } from '@tanstack/react-query';
import type { ViteHotContext } from 'vite/types/hot.d.ts';

export interface BundleChanged {
  files: string[];
}

/** The query key a bundle file backs (see queries.ts), or null for files no query reads. */
export function queryKeyOf(file: string): readonly unknown[] | null {
  if (file === 'index.json') return ['bundle', 'index'];
  const m = /^(events|speakers)\/(.+)\.json$/.exec(file);
  if (!m) return null;
  return ['bundle', m[1] === 'events' ? 'event' : 'speaker', m[2]];
}

export function applyBundleChange(queryClient: QueryClient, { files }: BundleChanged): void {
  for (const file of files) {
    const queryKey = queryKeyOf(file);
    if (queryKey) void queryClient.invalidateQueries({ queryKey, exact: true });
  }
}

export function liveBundle(hot: ViteHotContext, queryClient: QueryClient): void {
  hot.on('bundle:changed', (data: BundleChanged) => applyBundleChange(queryClient, data));
}
