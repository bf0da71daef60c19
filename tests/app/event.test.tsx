// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Event } from '../../src/model/types';
import { hangzhou, index } from './fixtures';
import { renderApp, stubFetch } from './render';

beforeEach(() => {
  window.scrollTo = vi.fn() as unknown as typeof window.scrollTo;
  localStorage.clear();
});

const files = { 'index.json': index, 'events/sofameetup-4-hangzhou.json': hangzhou };

describe('event page /events/:slug', () => {
  it('lands on the talk a link names in its hash (search results link to talks)', async () => {
    const scrolled: string[] = [];
    Element.prototype.scrollIntoView = vi.fn(function (this: Element) {
      scrolled.push(this.id);
    });
    stubFetch(files);
    renderApp(`/events/sofameetup-4-hangzhou#talk-${hangzhou.talks[1]!.id}`);
    await screen.findByRole('heading', { level: 1 });
    await vi.waitFor(() => expect(scrolled).toContain(`talk-${hangzhou.talks[1]!.id}`));
  });

  it('shows the event even when the hash is not valid percent-encoding', async () => {
    Element.prototype.scrollIntoView = vi.fn();
    stubFetch(files);
    renderApp('/events/sofameetup-4-hangzhou#%E0');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(hangzhou.title);
    expect(await screen.findByRole('region', { name: '议程' })).toBeInTheDocument();
  });

  it('shows the facts, the date in the event’s own zone, links, tags and cover', async () => {
    stubFetch(files);
    renderApp('/events/sofameetup-4-hangzhou');
    const h1 = await screen.findByRole('heading', { level: 1 });
    expect(h1).toHaveTextContent(hangzhou.title);
    // The title is set in an effect, after the page renders.
    await vi.waitFor(() => expect(document.title).toBe(`${hangzhou.title} · 活动浏览`));
    expect(screen.getByText('2021年3月21日周日')).toHaveAttribute('datetime', '2021-03-21T14:00:00+08:00');
    expect(screen.getByText('14:00–17:00', { exact: false })).toBeInTheDocument();
    expect(screen.getByText(/\(Asia\/Shanghai 时间，GMT\+8\)/)).toBeInTheDocument();
    expect(screen.getByText('线下')).toBeInTheDocument();
    expect(screen.getByText(hangzhou.venue!)).toBeInTheDocument(); // city not repeated
    expect(screen.getAllByRole('link', { name: 'SOFAMeetup' }).map((a) => a.getAttribute('href'))).toEqual([
      '/?series=SOFAMeetup',
      '/?tag=SOFAMeetup',
    ]);
    expect(screen.getByRole('link', { name: 'Service Mesh' })).toHaveAttribute(
      'href',
      '/?tag=Service%20Mesh',
    );
    const reg = screen.getByRole('link', { name: '报名' });
    expect(reg).toHaveAttribute('href', 'https://example.com/register');
    expect(reg).toHaveAttribute('target', '_blank');
    expect(reg).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.getByRole('img', { name: `${hangzhou.title} 封面` })).toHaveAttribute(
      'src',
      hangzhou.cover,
    );
  });

  it('leaves out a cover that fails to load, and a summary that only repeats the title', async () => {
    const slipped = { ...hangzhou, summary: `S${hangzhou.title}` };
    stubFetch({ ...files, 'events/sofameetup-4-hangzhou.json': slipped });
    const { container } = renderApp('/events/sofameetup-4-hangzhou');
    await screen.findByRole('heading', { level: 1 });
    expect(container.querySelector('.lead')).toBeNull();
    const cover = screen.getByRole('img', { name: `${hangzhou.title} 封面` });
    fireEvent.error(cover);
    await waitFor(() => expect(screen.queryByRole('img', { name: `${hangzhou.title} 封面` })).toBeNull());
  });

  it('names links without a telling text by their kind, and tells same-named ones apart', async () => {
    const links: Event['links'] = [
      { kind: 'live', label: '', url: 'https://live.bilibili.com/1' },
      { kind: 'video', label: '', url: 'https://www.itdks.com/v/1' },
      { kind: 'video', label: '', url: 'https://www.itdks.com/v/2' },
      { kind: 'video', label: '', url: 'https://www.bilibili.com/video/3' },
      { kind: 'other', label: '回顾文章', url: 'https://example.com/post' },
    ];
    stubFetch({ 'index.json': index, [`events/${hangzhou.slug}.json`]: { ...hangzhou, links } });
    renderApp(`/events/${hangzhou.slug}`);
    const list = await screen.findByRole('list', { name: '链接' });
    expect(
      within(list)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['直播', '视频回放 1', '视频回放 2', '视频回放 · bilibili.com', '回顾文章']);
  });

  it('lists talks in agenda order with time, speakers linked, abstract, takeaways and slide buttons', async () => {
    stubFetch(files);
    renderApp('/events/sofameetup-4-hangzhou');
    const agenda = await screen.findByRole('region', { name: '议程' });
    const talks = within(agenda)
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('talk'));
    expect(talks.map((t) => within(t).getByRole('heading', { level: 3 }).textContent)).toEqual([
      'Service Mesh 在蚂蚁落地后的探索与实践',
      'MOSN 变更风险与效率',
    ]);
    const first = talks[0]!;
    expect(within(first).getByText('14:00–14:40')).toBeInTheDocument();
    expect(within(first).getByRole('link', { name: '李唯' })).toHaveAttribute('href', '/speakers/li-wei');
    expect(within(first).getByText('Service Mesh 在蚂蚁落地之后的能力建设。')).toBeInTheDocument();
    expect(within(first).getByText('了解 MOSN 的演进')).toBeInTheDocument();
    const deck = within(first).getByRole('link', { name: /下载讲义/ });
    expect(deck).toHaveAttribute('href', 'https://example.com/decks/mesh.pdf');
    expect(deck).toHaveAttribute('rel', 'noopener noreferrer');
    expect(deck).toHaveAccessibleName(/Service Mesh 在蚂蚁落地后的探索与实践/);
    const second = talks[1]!;
    expect(
      within(second)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(expect.arrayContaining(['李唯', '周群力']));
    expect(within(second).queryByRole('link', { name: /下载讲义/ })).toBeNull();
    expect(within(second).getByRole('link', { name: /观看视频/ })).toHaveAttribute(
      'href',
      'https://example.com/video/2',
    );
    // the event's own decks
    const slides = screen.getByRole('region', { name: '活动资料' });
    expect(within(slides).getByRole('link', { name: /下载讲义/ })).toHaveAttribute(
      'href',
      'https://example.com/decks/all.pdf',
    );
  });

  it('renders the compiler’s sanitized post as written, and previous/next of the series', async () => {
    stubFetch(files);
    renderApp('/events/sofameetup-4-hangzhou');
    const post = await screen.findByRole('region', { name: '原文' });
    expect(within(post).getByText('3月21日 杭州见！')).toBeInTheDocument();
    expect(within(post).getByRole('link', { name: '详情' })).toHaveAttribute('rel', 'noopener noreferrer');
    const nav = screen.getByRole('navigation', { name: '同系列活动' });
    expect(within(nav).getByRole('link', { name: /SOFAMeetup#8 成都站/ })).toHaveAttribute(
      'href',
      '/events/sofameetup-8-chengdu',
    );
    expect(within(nav).getAllByRole('link')).toHaveLength(1); // the first of its series has no previous
  });

  it('shows a not-found page with the nearest events for an unknown slug', async () => {
    const fetch = stubFetch(files);
    renderApp('/events/sofameetup-4-hangzho');
    expect(await screen.findByRole('heading', { level: 1, name: '没有找到这个页面' })).toBeInTheDocument();
    expect(screen.getByText('没有名为「sofameetup-4-hangzho」的活动。')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: hangzhou.title })).toHaveAttribute(
      'href',
      '/events/sofameetup-4-hangzhou',
    );
    // the index says the slug does not exist: no request for its file
    expect(fetch.mock.calls.map(([u]) => String(u))).toEqual(['/data/index.json']);
  });

  it('takes /events/ without a slug to the timeline, the list of events', async () => {
    stubFetch(files);
    for (const path of ['/events', '/events/']) {
      const { router, unmount } = renderApp(path);
      await waitFor(() => expect(router.state.location.pathname).toBe('/'));
      expect(await screen.findByRole('heading', { level: 1, name: '活动时间线' })).toBeInTheDocument();
      unmount();
    }
  });

  it('treats a listed event whose file is missing as not found, without suggesting that event', async () => {
    stubFetch({ 'index.json': index });
    renderApp('/events/sofameetup-8-chengdu');
    expect(await screen.findByText('没有名为「sofameetup-8-chengdu」的活动。')).toBeInTheDocument();
    // Its own link would lead straight back to this page.
    expect(screen.queryByRole('link', { name: /成都站/ })).toBeNull();
    await waitFor(() => expect(document.title).toBe('没有找到这个页面 · 活动浏览'));
  });

  it('offers a retry when the event file fails, and recovers', async () => {
    let calls = 0;
    stubFetch({
      'index.json': index,
      'events/sofameetup-4-hangzhou.json': () =>
        ++calls === 1
          ? new Response('oops', { status: 500 })
          : new Response(JSON.stringify(hangzhou), { headers: { 'content-type': 'application/json' } }),
    });
    const user = userEvent.setup();
    renderApp('/events/sofameetup-4-hangzhou');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('加载失败');
    await user.click(within(alert).getByRole('button', { name: '重试' }));
    expect(await screen.findByRole('heading', { level: 1, name: hangzhou.title })).toBeInTheDocument();
    // The retry button went away with the error: focus is on the page, not lost to <body>.
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('speaks English when asked, with dates formatted for English', async () => {
    stubFetch(files);
    renderApp('/events/sofameetup-4-hangzhou', { lang: 'en' });
    expect(await screen.findByRole('region', { name: 'Agenda' })).toBeInTheDocument();
    expect(screen.getByText('Sunday, March 21, 2021')).toBeInTheDocument();
    expect(screen.getByText('In person')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
  });
});
