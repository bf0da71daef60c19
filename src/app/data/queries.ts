// One query definition per bundle file, shared by route loaders (ensureQueryData) and components (useQuery).
import { QueryClient, queryOptions } from '@tanstack/react-query';
import type { BundleIndex, Event, Speaker } from '../../model/types';
import { BundleError, validateEvent, validateIndex, validateSpeaker } from './validate';

export { BundleError };

/** Where the compiler's bundle is served: `<BASE_URL>data/`. */
export function dataUrl(path: string): string {
  const base = import.meta.env.BASE_URL.endsWith('/')
    ? import.meta.env.BASE_URL
    : `${import.meta.env.BASE_URL}/`;
  return `${base}data/${path}`;
}

async function fetchJson<T>(path: string, validate: (data: unknown, url: string) => T, signal?: AbortSignal) {
  const url = dataUrl(path);
  let res: Response;
  try {
    res = await fetch(url, { signal });
  } catch (e) {
    if (signal?.aborted) throw e;
    throw new BundleError(`${url}: ${(e as Error).message}`, 'network', url);
  }
  if (res.status === 404) throw new BundleError(`${url}: not found`, 'not-found', url);
  if (!res.ok) throw new BundleError(`${url}: HTTP ${res.status}`, 'network', url);
  // A static host without the file may answer with the app's HTML page instead of a 404.
  const type = res.headers.get('content-type') ?? '';
  if (type.includes('text/html')) throw new BundleError(`${url}: not found`, 'not-found', url);
  let data: unknown;
  try {
    data = await res.json();
  } catch {
    throw new BundleError(`${url}: not valid JSON`, 'corrupt', url);
  }
  return validate(data, url);
}

export const indexQuery = () =>
  queryOptions<BundleIndex>({
    queryKey: ['bundle', 'index'],
    queryFn: ({ signal }) => fetchJson('index.json', validateIndex, signal),
  });

export const eventQuery = (slug: string) =>
  queryOptions<Event>({
    queryKey: ['bundle', 'event', slug],
    queryFn: ({ signal }) => fetchJson(`events/${encodeURIComponent(slug)}.json`, validateEvent, signal),
  });

export const speakerQuery = (slug: string) =>
  queryOptions<Speaker>({
    queryKey: ['bundle', 'speaker', slug],
    queryFn: ({ signal }) => fetchJson(`speakers/${encodeURIComponent(slug)}.json`, validateSpeaker, signal),
  });

export function isNotFound(error: unknown): boolean {
  return error instanceof BundleError && error.kind === 'not-found';
}

export function createQueryClient(opts: { retry?: number } = {}): QueryClient {
  const maxRetries = opts.retry ?? 2;
  return new QueryClient({
    defaultOptions: {
      queries: {
        // The bundle changes only on deploy: never refetch what we have.
        staleTime: Infinity,
        gcTime: 30 * 60_000,
        refetchOnWindowFocus: false,
        // The loader already tried; a failure shows the error view and its retry button.
        retryOnMount: false,
        // Retry network failures only; a missing or corrupt file stays so.
        retry: (count, error) =>
          count < maxRetries && !(error instanceof BundleError && error.kind !== 'network'),
      },
    },
  });
}
