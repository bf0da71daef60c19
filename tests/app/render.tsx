// Mounts the real route table in a memory router over a fake bundle served by a stubbed fetch.
import { cleanup, configure, render } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { afterEach, vi } from 'vitest';
import App from '../../src/app/App';
import { createAppRouter } from '../../src/app/browser-router';
import { createQueryClient } from '../../src/app/data/queries';
import type { Lang } from '../../src/app/i18n/strings';
import { createRoutes } from '../../src/app/routes';

// Lazy route modules are transformed on first use: give the first render time under a loaded machine.
configure({ asyncUtilTimeout: 8000 });

// vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

export type Files = Record<string, unknown | (() => Response | Promise<Response>)>;

/** A fetch that serves `files` (path under data/ → JSON value, or a (slow) Response factory); 404 otherwise. */
export function stubFetch(files: Files) {
  const fn = vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input);
    const path = url.replace(/^.*\/data\//, '');
    const entry = files[path];
    if (entry === undefined) return new Response('not found', { status: 404 });
    if (typeof entry === 'function') return (entry as () => Response | Promise<Response>)();
    return new Response(JSON.stringify(entry), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fn);
  return fn;
}

export function renderApp(path: string, { lang = 'zh' as Lang } = {}) {
  const queryClient = createQueryClient({ retry: 0 });
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [path] });
  const utils = render(<App router={router} queryClient={queryClient} lang={lang} />);
  return { ...utils, router, queryClient };
}

/**
 * The app as main.tsx boots it on a full page load of `url`: a browser router on jsdom's history. The
 * entry is new (no history.state), as after a typed URL; `reload` keeps the state the entry has.
 */
export function renderPageLoad(url: string, { reload = false } = {}) {
  history.replaceState(reload ? history.state : null, '', url);
  const queryClient = createQueryClient({ retry: 0 });
  const router = createAppRouter(queryClient);
  const utils = render(<App router={router} queryClient={queryClient} lang="zh" />);
  return { ...utils, router, queryClient };
}
