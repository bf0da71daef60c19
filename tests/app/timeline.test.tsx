// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EventSummary } from '../../src/model/types';
import { buildRows, rowHeights } from '../../src/app/lib/timeline';
import { index, summary } from './fixtures';
import { renderApp, stubFetch } from './render';

beforeEach(() => {
  window.scrollTo = vi.fn() as unknown as typeof window.scrollTo;
  localStorage.clear();
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('timeline /', () => {
  it('lists upcoming first (marked), then past grouped by year and month, with each event’s facts', async () => {
    stubFetch({ 'index.json': index });
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: '活动时间线' })).toBeInTheDocument();
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings.slice(-3)).toEqual([
      expect.stringMatching(/^即将开始/),
      expect.stringMatching(/^往期活动/),
      expect.stringMatching(/^未注明日期/),
    ]);
    const years = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(years).toEqual(['2099', '2021', '2018']);
    expect(screen.getByRole('status')).toHaveTextContent(/^共 4 场活动、1 篇公告$/);
    const months = screen.getAllByRole('heading', { level: 4 });
    expect(months.map((h) => h.textContent)).toEqual(['5月', '9月', '3月', '7月']);
    expect(months.map((h) => h.getAttribute('aria-label'))).toEqual([
      '2099年5月',
      '2021年9月',
      '2021年3月',
      '2018年7月',
    ]);

    const future = screen.getByRole('article', { name: 'Future Meetup 线上' });
    expect(within(future).getByText('即将开始')).toBeInTheDocument();
    expect(within(future).getByText('线上')).toBeInTheDocument();

    const hz = screen.getByRole('article', { name: /杭州站/ });
    expect(within(hz).queryByText('即将开始')).toBeNull();
    expect(within(hz).getByText('3月21日周日')).toBeInTheDocument();
    expect(within(hz).getByText('14:00')).toBeInTheDocument();
    expect(within(hz).getByText('线下')).toBeInTheDocument();
    expect(within(hz).getByText('杭州')).toBeInTheDocument();
    expect(within(hz).getByText('SOFAMeetup')).toBeInTheDocument();
    expect(within(hz).getByText('2 个议题')).toBeInTheDocument();
    expect(within(hz).getByRole('link')).toHaveAttribute('href', '/events/sofameetup-4-hangzhou');
    // upcoming section comes before past in the document
    const order = screen.getAllByRole('article').map((a) => a.getAttribute('aria-label'));
    expect(order[0]).toBe('Future Meetup 线上');
    // The title is set in an effect, after the page renders.
    await vi.waitFor(() => expect(document.title).toBe('活动时间线 · 活动浏览'));
  });

  it('filters from the URL and writes filter changes back to the URL', async () => {
    stubFetch({ 'index.json': index });
    const user = userEvent.setup();
    const { router } = renderApp('/?city=%E6%9D%AD%E5%B7%9E');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getAllByRole('article')).toHaveLength(1);
    expect(screen.getByRole('combobox', { name: '城市' })).toHaveValue('杭州');
    // The announcement is one of the five posts, and not called an event.
    expect(screen.getByRole('status')).toHaveTextContent('显示 1 场活动（共 4 场活动、1 篇公告）');

    await user.click(screen.getByRole('button', { name: '清除筛选' }));
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(5));
    expect(router.state.location.search).toBe('');

    await user.selectOptions(screen.getByRole('combobox', { name: '系列' }), 'Service Mesh Meetup');
    expect(router.state.location.search).toBe('?series=Service+Mesh+Meetup');
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(1));
    expect(screen.getAllByRole('article').map((a) => a.getAttribute('aria-label'))).toEqual([
      'Service Mesh Meetup #2 北京站',
    ]);

    await user.selectOptions(screen.getByRole('combobox', { name: '形式' }), 'online');
    expect(new URLSearchParams(router.state.location.search).get('mode')).toBe('online');
    expect(screen.getAllByRole('article')).toHaveLength(1); // hybrid counts as online

    await user.selectOptions(screen.getByRole('combobox', { name: '年份' }), '2021');
    expect(await screen.findByText('没有符合条件的活动。')).toBeInTheDocument();

    // Options of one filter tried in a row (↓ on a closed select) make one history entry.
    await user.selectOptions(screen.getByRole('combobox', { name: '年份' }), '2018');
    expect(new URLSearchParams(router.state.location.search).get('year')).toBe('2018');

    // back restores the previous filters
    await router.navigate(-1);
    // (2018 also shows one event: wait for the year, not the count.)
    await waitFor(() => expect(screen.getByRole('combobox', { name: '年份' })).toHaveValue(''));
    expect(screen.getAllByRole('article')).toHaveLength(1);
    expect(screen.getByRole('combobox', { name: '形式' })).toHaveValue('online');
  });

  it('keeps keyboard focus in the filters when “clear filters” removes itself', async () => {
    stubFetch({ 'index.json': index });
    const user = userEvent.setup();
    renderApp('/?city=%E6%9D%AD%E5%B7%9E');
    const clear = await screen.findByRole('button', { name: '清除筛选' });
    clear.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('button', { name: '清除筛选' })).toBeNull());
    // Not <body>: the next Tab continues from the filters, not from the top of the page.
    expect(screen.getByRole('combobox', { name: '系列' })).toHaveFocus();
  });

  it('selects the listed spelling of a tag a link spells another way', async () => {
    stubFetch({ 'index.json': index });
    renderApp('/?tag=service%20MESH');
    await screen.findByRole('heading', { level: 1 });
    const select = screen.getByRole('combobox', { name: '标签' });
    // The filter's options are counted after the first render.
    await waitFor(() => expect(select).toHaveValue('Service Mesh'));
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).not.toContain('service MESH');
    expect(screen.getAllByRole('article')).toHaveLength(2);
  });

  it('stays virtualized with 10,000 events', async () => {
    const many: EventSummary[] = Array.from({ length: 10_000 }, (_, i) =>
      summary({
        slug: `e${i}`,
        title: `Event ${i}`,
        series: `S${i % 7}`,
        start: new Date(Date.UTC(2000, 0, 1) + i * 86_400_000).toISOString().slice(0, 10),
        mode: 'online',
      }),
    );
    stubFetch({ 'index.json': { ...index, events: many } });
    const t0 = performance.now();
    renderApp('/?series=S3');
    await screen.findByText('显示 1429 / 10000 场活动');
    expect(screen.getAllByRole('article').length).toBeLessThan(60);
    expect(performance.now() - t0).toBeLessThan(5000);
    // Every row of a type has the same height, set on the row: nothing is measured.
    const heights = new Map<string, Set<string>>();
    for (const row of document.querySelectorAll<HTMLElement>('.vrow')) {
      const type = row.firstElementChild!.className.split(' ')[0]!;
      heights.set(type, (heights.get(type) ?? new Set()).add(row.style.height));
    }
    expect([...heights.keys()].sort()).toEqual([
      'event-row',
      'month-heading',
      'section-heading',
      'year-heading',
    ]);
    for (const set of heights.values()) expect(set.size).toBe(1);
    // The list is as tall as all its rows (not only the drawn ones), so a restored scroll position holds.
    const rowsOfS3 = buildRows(
      many.filter((e) => e.series === 'S3'),
      Date.now(),
    );
    const h = rowHeights(false, 16);
    const timeline = document.querySelector<HTMLElement>('.timeline')!;
    expect(timeline.style.height).toBe(`${rowsOfS3.reduce((sum, r) => sum + h[r.type], 0)}px`);
    // The filter dropdowns get their values and counts (computed after the first rows).
    const series = await screen.findByRole('option', { name: 'S3 (1429)' });
    expect(series).toBeInTheDocument();
  });

  it('shows an error view with a retry when index.json is corrupt, and recovers', async () => {
    let calls = 0;
    stubFetch({
      'index.json': () =>
        ++calls === 1
          ? new Response('{"events": [', { status: 200, headers: { 'content-type': 'application/json' } })
          : new Response(JSON.stringify(index), {
              status: 200,
              headers: { 'content-type': 'application/json' },
            }),
    });
    const user = userEvent.setup();
    renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: '加载失败' })).toBeInTheDocument();
    expect(within(alert).getByText('数据文件格式不正确。')).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: '重试' }));
    expect(await screen.findByRole('heading', { level: 1, name: '活动时间线' })).toBeInTheDocument();
  });

  it('rejects a file of the wrong shape as corrupt', async () => {
    stubFetch({ 'index.json': { events: 'nope' } });
    renderApp('/');
    expect(await screen.findByRole('alert')).toHaveTextContent('数据文件格式不正确');
  });
});
