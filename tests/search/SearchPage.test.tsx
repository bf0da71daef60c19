// @vitest-environment jsdom
// The /search page and the header box, on fixture data served through a mocked fetch (no Worker in
// jsdom: the client runs the real engine in the page).
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { I18nProvider } from '../../src/app/i18n/I18nContext';
import SearchPage from '../../src/app/search/SearchPage';
import SearchBox from '../../src/app/search/SearchBox';
import { createSearchClient, setSearchClient } from '../../src/app/search/client';
import { buildSearchFiles } from '../../src/compiler/search-docs';
import { SEARCH_FILE } from '../../src/model/search';
import { composition, input, settle, typeFast } from '../app/typing';
import { events, speakers } from './fixtures';

const body = buildSearchFiles(events, speakers)[SEARCH_FILE]!;

function serve(ok = true) {
  const fetchMock = vi.fn(async () =>
    ok
      ? new Response(body, { headers: { 'content-type': 'application/json' } })
      : new Response('gone', { status: 404 }),
  );
  vi.stubGlobal('fetch', fetchMock);
  setSearchClient(createSearchClient('/data/search.json', false));
  return fetchMock;
}

function renderAt(url: string) {
  const router = createMemoryRouter(
    [
      {
        path: '/',
        element: (
          <header>
            <SearchBox />
          </header>
        ),
      },
      { path: '/search', element: <SearchPage /> },
      { path: '/events/:slug', element: <p>event page</p> },
      { path: '/speakers/:slug', element: <p>speaker page</p> },
    ],
    { initialEntries: [url] },
  );
  render(
    <I18nProvider lang="en">
      <RouterProvider router={router} />
    </I18nProvider>,
  );
  return router;
}

beforeEach(() => {
  serve();
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  setSearchClient(null);
});

describe('SearchPage', () => {
  it('shows the results of the query in the URL, best first, highlighted and linked', async () => {
    renderAt('/search?q=%E9%99%90%E6%B5%81');
    const list = await screen.findByRole('list');
    const items = within(list).getAllByRole('listitem');
    const first = items[0]!;
    const link = within(first).getByRole('link');
    expect(link).toHaveAttribute('href', '/events/sofameetup-10-chengdu#talk-t2');
    expect(link.textContent).toContain('技术风口上的限流');
    expect(within(first).getAllByText('限流', { selector: 'mark' })).toHaveLength(2);
    expect(first.textContent).toContain('张稀虹');
    expect(first.textContent).toContain('成都');
    expect(screen.getByRole('searchbox')).toHaveValue('限流');
    // The title is set in an effect, after the page renders.
    await vi.waitFor(() => expect(document.title).toContain('限流'));
    // Speaker and event results link to their pages.
    const hrefs = within(list)
      .getAllByRole('link')
      .map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('/speakers/zhang-xi-hong');
    expect(hrefs).toContain('/events/sofameetup-10-chengdu');
  });

  it('puts typed queries in the URL; back and forward step through queries', async () => {
    const user = userEvent.setup();
    const router = renderAt('/search?q=mosn');
    await screen.findByRole('list');
    const box = screen.getByRole('searchbox');
    await user.clear(box);
    await user.type(box, 'wusheng');
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('q')).toBe('wusheng'));
    await waitFor(() => expect(screen.getAllByRole('listitem')[0]!.textContent).toContain('吴晟'));
    await user.tab(); // leaving the box ends this query's history entry
    await user.click(box);
    await user.clear(box);
    await user.type(box, 'layotto');
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('q')).toBe('layotto'));

    await act(() => router.navigate(-1));
    await waitFor(() => expect(screen.getByRole('searchbox')).toHaveValue('wusheng'));
    await act(() => router.navigate(-1));
    await waitFor(() => expect(screen.getByRole('searchbox')).toHaveValue('mosn'));
    await waitFor(() => expect(screen.getAllByRole('listitem')[0]!.textContent).toMatch(/MOSN/));
    await act(() => router.navigate(1));
    await waitFor(() => expect(screen.getByRole('searchbox')).toHaveValue('wusheng'));
  });

  it('keeps every key typed fast, in the box and in the URL', async () => {
    const router = renderAt('/search');
    const box = screen.getByRole<HTMLInputElement>('searchbox');
    typeFast(box, 'wusheng');
    expect(box).toHaveValue('wusheng');
    await settle();
    expect(box).toHaveValue('wusheng');
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('q')).toBe('wusheng'));
    await waitFor(() => expect(screen.getAllByRole('listitem')[0]!.textContent).toContain('吴晟'));
  });

  it('shows an input method’s composition as it goes, searches the committed text; Back and links set the box', async () => {
    const router = renderAt('/search');
    const box = screen.getByRole<HTMLInputElement>('searchbox');
    const q = () => new URLSearchParams(router.state.location.search).get('q');
    // 限 then 流 typed in pinyin, as Chromium reports it (see tests/app/typing.ts).
    const compositions = [
      { texts: ['x', 'xi', 'xian', '限'], before: null, committed: '限' },
      { texts: ['限l', '限li', '限liu', '限流'], before: '限', committed: '限流' },
    ];
    for (const { texts, before, committed } of compositions) {
      composition(box, 'start');
      for (const text of texts) {
        input(box, text);
        expect(box).toHaveValue(text);
        await settle();
        expect(box).toHaveValue(text); // nothing wrote an older text back
        expect(q()).toBe(before); // pinyin being composed is not searched yet
      }
      composition(box, 'end');
      await settle();
      expect(q()).toBe(committed);
      expect(box).toHaveValue(committed);
    }
    await waitFor(() =>
      expect(screen.getAllByRole('listitem')[0]!.textContent).toContain('技术风口上的限流'),
    );

    // A link to another query (the header box's "see all"), then Back and Forward.
    await act(() => router.navigate('/search?q=mosn'));
    await waitFor(() => expect(box).toHaveValue('mosn'));
    await act(() => router.navigate(-1));
    await waitFor(() => expect(box).toHaveValue('限流'));
    await act(() => router.navigate(-1)); // before the query's first character
    await waitFor(() => expect(box).toHaveValue(''));
    await act(() => router.navigate(1));
    await waitFor(() => expect(box).toHaveValue('限流'));
  });

  it('narrows results with filters kept in the URL', async () => {
    const user = userEvent.setup();
    const router = renderAt('/search?q=mosn');
    await screen.findByRole('list');
    const before = screen.getAllByRole('listitem').length;
    const city = await screen.findByRole('combobox', { name: 'City' });
    await waitFor(() => expect(within(city).getAllByRole('option').length).toBeGreaterThan(1));
    await user.selectOptions(city, '北京');
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('city')).toBe('北京'));
    await waitFor(() => expect(screen.getAllByRole('listitem').length).toBeLessThan(before));
    for (const item of screen.getAllByRole('listitem')) {
      if (!item.classList.contains('search-result-speaker')) expect(item.textContent).toContain('北京');
    }
  });

  it('says so when nothing matches, and when the data cannot load', async () => {
    renderAt('/search?q=zzzzqqq');
    expect(await screen.findByText(/Nothing found/)).toBeInTheDocument();
    cleanup();
    serve(false);
    renderAt('/search?q=mosn');
    expect(await screen.findByRole('alert')).toHaveTextContent(/could not be loaded/);
  });
});

describe('the / shortcut', () => {
  it('goes to the search page’s own box on /search, not to the header’s', async () => {
    const user = userEvent.setup();
    const router = createMemoryRouter(
      [
        {
          path: '/search',
          element: (
            <>
              <header>
                <SearchBox />
              </header>
              <SearchPage />
            </>
          ),
        },
      ],
      { initialEntries: ['/search?q=mosn'] },
    );
    render(
      <I18nProvider lang="en">
        <RouterProvider router={router} />
      </I18nProvider>,
    );
    const pageBox = screen.getByRole('searchbox');
    await user.keyboard('/');
    expect(pageBox).toHaveFocus();
    expect(screen.getByRole('combobox', { name: /Search events/ })).not.toHaveFocus();
  });
});

describe('SearchBox', () => {
  it('focuses on /, shows grouped results as you type, and opens one with the keyboard', async () => {
    const user = userEvent.setup();
    const router = renderAt('/');
    const box = screen.getByRole('combobox', { name: /Search events/ });
    await user.keyboard('/');
    expect(box).toHaveFocus();
    await user.type(box, 'skywalking');
    const listbox = await screen.findByRole('listbox');
    await waitFor(() => expect(within(listbox).getAllByRole('option').length).toBeGreaterThan(1));
    const groups = within(listbox).getAllByRole('group');
    expect(groups.map((g) => g.getAttribute('aria-labelledby') && g.textContent?.split(/\s/)[0])).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Events/), expect.stringMatching(/^Talks/)]),
    );
    expect(box).toHaveAttribute('aria-expanded', 'true');
    expect(within(listbox).getAllByText('SkyWalking', { selector: 'mark' }).length).toBeGreaterThan(0);
    // jsdom has no layout (nor scrollIntoView): record what the box scrolls into its popup's view.
    const scrolled: Element[] = [];
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    await user.keyboard('{ArrowDown}{ArrowDown}');
    const active = box.getAttribute('aria-activedescendant');
    expect(active).toBeTruthy();
    expect(document.getElementById(active!)).toHaveAttribute('aria-selected', 'true');
    expect(document.getElementById(active!)!.textContent).toContain('SkyWalking');
    expect(scrolled.at(-1)).toBe(document.getElementById(active!));
    delete (Element.prototype as Partial<Element>).scrollIntoView;
    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/events/service-mesh-meetup-2-beijing'));
    expect(router.state.location.hash).toBe('#talk-t2');
  });

  it('Enter without a choice opens the full results page; Escape closes', async () => {
    const user = userEvent.setup();
    const router = renderAt('/');
    const box = screen.getByRole('combobox', { name: /Search events/ });
    await user.type(box, 'mosn');
    await screen.findAllByRole('option');
    await user.keyboard('{Escape}');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/search'));
    expect(router.state.location.search).toBe('?q=mosn');
  });

  it('offers "see all" with results, not when the box found nothing', async () => {
    const user = userEvent.setup();
    renderAt('/');
    const box = screen.getByRole('combobox', { name: /Search events/ });
    await user.type(box, 'mosn');
    const listbox = await screen.findByRole('listbox');
    await waitFor(() =>
      expect(within(listbox).getByRole('option', { name: /See all results/ })).toBeVisible(),
    );
    await user.clear(box);
    await user.type(box, 'xyzzyqq');
    expect(await screen.findByText('Nothing found for “xyzzyqq”.')).toBeInTheDocument();
    expect(within(listbox).queryAllByRole('option')).toEqual([]);
    await user.keyboard('{ArrowDown}');
    expect(box).not.toHaveAttribute('aria-activedescendant');
  });

  it('offers no "see all" when the search data cannot load: that page would fail too', async () => {
    serve(false);
    const user = userEvent.setup();
    renderAt('/');
    const box = screen.getByRole('combobox', { name: /Search events/ });
    await user.type(box, 'mosn');
    expect(await screen.findByText(/could not be loaded/)).toBeInTheDocument();
    expect(within(screen.getByRole('listbox', { hidden: true })).queryAllByRole('option')).toEqual([]);
  });
});
