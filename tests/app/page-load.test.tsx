// @vitest-environment jsdom
// What a full page load does before the first page shows: the history entry gets its own key (scroll
// and revealed cards are not taken from another document), the first route waits for its data (the
// prerendered page stays until then), and public/theme-init.js applies the theme as the app does.
import fs from 'node:fs';
import path from 'node:path';
import { act, renderHook } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient, eventQuery, indexQuery } from '../../src/app/data/queries';
import { keyFirstEntry } from '../../src/app/browser-router';
import { createRoutes } from '../../src/app/routes';
import { useTheme, type ThemeChoice } from '../../src/app/theme/theme';
import { hangzhou, index } from './fixtures';
import { renderPageLoad, stubFetch } from './render';

const json = (value: unknown) =>
  new Response(JSON.stringify(value), { status: 200, headers: { 'content-type': 'application/json' } });
const slow = (value: unknown, ms: number) => () =>
  new Promise<Response>((resolve) => setTimeout(() => resolve(json(value)), ms));

beforeEach(() => {
  window.scrollTo = vi.fn() as unknown as typeof window.scrollTo;
  localStorage.clear();
  document.documentElement.removeAttribute('data-theme');
});

describe('the history entry a page load starts on', () => {
  const loadKey = (url: string, reload = false) => {
    const { router, unmount } = renderPageLoad(url, { reload });
    const key = router.state.location.key;
    unmount();
    router.dispose();
    return key;
  };

  it('gets a key of its own on a fresh load, and keeps it on a reload', () => {
    stubFetch({ 'index.json': index });
    const first = loadKey('/speakers'); // a typed URL
    expect(first).not.toBe('default');
    expect(loadKey('/speakers', true)).toBe(first); // the browser keeps history.state
    const second = loadKey('/'); // another fresh load in the same tab
    expect(second).not.toBe('default');
    expect(second).not.toBe(first);
  });

  it('keeps what else the state holds', () => {
    history.replaceState({ idx: 3, usr: { from: 'x' } }, '', '/');
    keyFirstEntry();
    expect(history.state).toMatchObject({ idx: 3, usr: { from: 'x' }, key: expect.any(String) });
  });
});

describe('the first page of a load', () => {
  it('waits for its data however long it takes; in-app navigations still wait only briefly', async () => {
    stubFetch({
      'index.json': slow(index, 900),
      [`events/${hangzhou.slug}.json`]: () => new Promise<Response>(() => {}), // never answers
    });
    const queryClient = createQueryClient({ retry: 0 });
    const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: ['/speakers'] });
    await vi.waitFor(() => expect(router.state.initialized).toBe(true), { timeout: 5000 });
    // main.tsx renders the app only now: with the data, no skeleton replacing the prerendered page.
    expect(queryClient.getQueryData(indexQuery().queryKey)).toBeDefined();

    await router.navigate(`/events/${hangzhou.slug}`);
    expect(router.state.location.pathname).toBe(`/events/${hangzhou.slug}`);
    expect(queryClient.getQueryData(eventQuery(hangzhou.slug).queryKey)).toBeUndefined();
    router.dispose();
  });
});

describe('public/theme-init.js', () => {
  const script = fs.readFileSync(path.join(process.cwd(), 'public', 'theme-init.js'), 'utf8');

  it.each<ThemeChoice>(['dark', 'light', 'system'])(
    'applies the choice %s as the app does, from the key the app stores',
    (choice) => {
      const { result } = renderHook(() => useTheme());
      act(() => result.current[1](choice));
      const applied = document.documentElement.getAttribute('data-theme');
      document.documentElement.removeAttribute('data-theme');
      new Function(script)();
      expect(document.documentElement.getAttribute('data-theme')).toBe(applied);
    },
  );

  it('does nothing when storage is unavailable', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new Error('denied');
    });
    expect(() => new Function(script)()).not.toThrow();
    expect(document.documentElement.hasAttribute('data-theme')).toBe(false);
    vi.restoreAllMocks();
  });
});
