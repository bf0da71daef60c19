// The router of a page load (main.tsx; tests boot the app the same way).
import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter } from 'react-router';
import { createRoutes } from './routes';

/**
 * React Router keys every history entry it creates (location.key, kept in history.state) but not the
 * one a page load starts on: that one is "default" in every document. <ScrollRestoration/> and
 * useRevealMore save per key in sessionStorage, which all the tab's documents share, so a fresh load
 * restored what an earlier document had saved under "default". This gives the entry a key of its own
 * unless it has one: a fresh load (typed URL, outside link) gets a new key, so nothing is restored; the
 * browser keeps history.state across a reload and Back/Forward, so those find their key again.
 */
export function keyFirstEntry(): void {
  const state = window.history.state as Record<string, unknown> | null;
  if (state && typeof state.key === 'string' && state.key) return;
  // The form of React Router's own keys.
  window.history.replaceState({ ...state, key: Math.random().toString(36).slice(2, 10) }, '');
}

/** `basename`: the deploy base path without its trailing slash (`/` at the root). */
export function createAppRouter(queryClient: QueryClient, basename = '/') {
  keyFirstEntry();
  return createBrowserRouter(createRoutes(queryClient), { basename });
}
