// Entry point (index.html loads it): query client, browser router under the deploy base path, and the
// handover from a prerendered page. The saved theme is already applied (public/theme-init.js).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import App from './App';
import { createAppRouter } from './browser-router';
import { createQueryClient } from './data/queries';
import { watchForStaleBuild } from './data/stale-build';
import './styles.css';

watchForStaleBuild();
const queryClient = createQueryClient();
if (import.meta.hot)
  void import('./data/live-bundle').then((m) => m.liveBundle(import.meta.hot!, queryClient));
// BASE_URL is `/` or `/sub/folder/`; the router wants no trailing slash.
const basename = import.meta.env.BASE_URL.replace(/\/+$/, '') || '/';
const router = createAppRouter(queryClient, basename);

const container = document.getElementById('root')!;
const mount = () =>
  createRoot(container).render(
    <StrictMode>
      <App router={router} queryClient={queryClient} />
    </StrictMode>,
  );

// A prerendered page (src/publish/pages.ts) holds the page's content in #root. It stays on screen until
// the router has the first route's code and data (its loader waits for them on a page load), then the
// app takes its place, complete: never a skeleton in between. If the code or data could not be had
// (offline, a broken deploy), the prerendered page stays: a working static page with plain links is
// better than an error view in place of what the reader was already reading. An empty #root (404.html,
// app-only routes) shows the app at once, with skeletons while it loads.
if (container.querySelector('.prerendered') && !router.state.initialized) {
  const stop = router.subscribe((state) => {
    if (!state.initialized) return;
    stop();
    const failed = queryClient.getQueryCache().findAll({ predicate: (q) => q.state.status === 'error' });
    if (state.errors || failed.length) return;
    mount();
  });
} else {
  mount();
}
