// @vitest-environment jsdom
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { indexQuery } from '../../src/app/data/queries';
import type { BundleIndex } from '../../src/model/types';
import { index, liWei, speaker } from './fixtures';
import { renderApp, renderPageLoad, stubFetch } from './render';
import { composition, input, settle, typeFast } from './typing';

beforeEach(() => {
  window.scrollTo = vi.fn() as unknown as typeof window.scrollTo;
  localStorage.clear();
  sessionStorage.clear();
});

const names = () =>
  screen
    .getAllByRole('listitem')
    .filter((li) => li.classList.contains('speaker-card'))
    .map((li) => within(li).getByRole('link').textContent);

describe('speakers /speakers', () => {
  it('lists everyone with affiliation and talk count, sorted by name', async () => {
    stubFetch({ 'index.json': index });
    renderApp('/speakers');
    expect(await screen.findByRole('heading', { level: 1, name: '讲师' })).toBeInTheDocument();
    expect(names()).toEqual(['李唯', '吴晟', '张亮', '周群力']);
    const wu = screen.getByRole('link', { name: '吴晟' }).closest('li')!;
    expect(within(wu).getByText('Tetrate')).toBeInTheDocument();
    expect(within(wu).getByText('5 个议题')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '周群力' }).closest('li')).toHaveTextContent('仪式');
    // The title is set in an effect, after the page renders.
    await vi.waitFor(() => expect(document.title).toBe('讲师 · 活动浏览'));
  });

  it('sorts and filters, keeping both in the URL', async () => {
    stubFetch({ 'index.json': index });
    const user = userEvent.setup();
    const { router } = renderApp('/speakers?sort=talks');
    await screen.findByRole('heading', { level: 1 });
    expect(names()).toEqual(['吴晟', '张亮', '李唯', '周群力']);
    await user.type(screen.getByRole('searchbox', { name: '按姓名、拼音、花名或单位筛选' }), '蚂蚁');
    await waitFor(() => expect(names()).toEqual(['李唯', '周群力']));
    const params = new URLSearchParams(router.state.location.search);
    expect(params.get('q')).toBe('蚂蚁');
    expect(params.get('sort')).toBe('talks');
    await user.selectOptions(screen.getByRole('combobox', { name: '排序' }), 'name');
    await waitFor(() => expect(router.state.location.search).toBe('?q=%E8%9A%82%E8%9A%81'));
    const box = screen.getByRole('searchbox', { name: '按姓名、拼音、花名或单位筛选' });
    await user.clear(box);
    await user.type(box, 'zl');
    await waitFor(() => expect(names()).toEqual(['张亮']));
    await user.clear(box);
    await user.type(box, 'nobody');
    expect(await screen.findByText('没有符合条件的讲师。')).toBeInTheDocument();
  });
});

describe('the speakers filter box', () => {
  // The box holds what is typed; the URL follows it, and drives it only when changed from outside.
  const open = async (path: string) => {
    stubFetch({ 'index.json': index });
    const { router } = renderApp(path);
    await screen.findByRole('heading', { level: 1 });
    const box = () =>
      screen.getByRole<HTMLInputElement>('searchbox', { name: '按姓名、拼音、花名或单位筛选' });
    const q = () => new URLSearchParams(router.state.location.search).get('q');
    return { router, box, q };
  };

  it('keeps every key typed fast, in the box and in the URL', async () => {
    const { box, q } = await open('/speakers?sort=talks');
    typeFast(box(), 'zhangliang');
    expect(box()).toHaveValue('zhangliang');
    await settle();
    expect(box()).toHaveValue('zhangliang');
    await waitFor(() => expect(q()).toBe('zhangliang'));
    await waitFor(() => expect(names()).toEqual(['张亮']));
  });

  it('shows an input method’s composition as it goes, and filters on the committed text', async () => {
    const { box, q } = await open('/speakers');
    // 张 then 亮 typed in pinyin, as Chromium reports it: the composition text replaces itself in the
    // box, its last change is the committed character, then compositionend.
    const compositions = [
      { texts: ['z', 'zh', 'zha', 'zhang', '张'], before: null, committed: '张' },
      { texts: ['张l', '张li', '张lia', '张liang', '张亮'], before: '张', committed: '张亮' },
    ];
    for (const { texts, before, committed } of compositions) {
      composition(box(), 'start');
      for (const text of texts) {
        input(box(), text);
        expect(box()).toHaveValue(text);
        await settle();
        expect(box()).toHaveValue(text); // nothing wrote an older text back
        expect(q()).toBe(before); // pinyin being composed is not a filter yet
      }
      composition(box(), 'end');
      await settle();
      expect(q()).toBe(committed);
      expect(box()).toHaveValue(committed);
    }
    await waitFor(() => expect(names()).toEqual(['张亮']));
  });

  it('shows the text of a link, of Back and of Forward', async () => {
    const { router, box, q } = await open('/speakers');
    typeFast(box(), 'zl');
    await waitFor(() => expect(q()).toBe('zl'));
    await act(() => router.navigate('/speakers?q=%E5%90%B4%E6%99%9F'));
    await waitFor(() => expect(box()).toHaveValue('吴晟'));
    await waitFor(() => expect(names()).toEqual(['吴晟']));
    await act(() => router.navigate(-1));
    await waitFor(() => expect(box()).toHaveValue('zl'));
    await waitFor(() => expect(names()).toEqual(['张亮']));
    await act(() => router.navigate(1));
    await waitFor(() => expect(box()).toHaveValue('吴晟'));
  });
});

describe('a long speakers list', () => {
  // jsdom has no IntersectionObserver: this one lets the test say when the end of the list is in view.
  let seeEnd: (() => void) | null = null;
  class FakeObserver {
    constructor(private readonly callback: IntersectionObserverCallback) {}
    observe(target: Element) {
      seeEnd = () =>
        this.callback(
          [{ isIntersecting: true, target } as unknown as IntersectionObserverEntry],
          this as unknown as IntersectionObserver,
        );
    }
    disconnect() {
      seeEnd = null;
    }
  }
  /** Brings the end of the list into view, once the page watches it again (after its last step). */
  const reachEnd = async () => {
    await waitFor(() => expect(seeEnd).not.toBeNull());
    act(() => seeEnd!());
  };

  const many: BundleIndex = {
    ...index,
    speakers: Array.from({ length: 1000 }, (_, i) =>
      speaker(`speaker-${i}`, `Speaker ${String(i).padStart(4, '0')}`, [], i % 2 ? 'Odd Inc' : null, 1, []),
    ),
  };
  const cards = () => document.querySelectorAll('.speaker-card').length;

  it('renders a first step of cards and adds more as the end comes into view, starting over on a new filter', async () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    stubFetch({ 'index.json': many });
    const user = userEvent.setup();
    renderApp('/speakers');
    expect(await screen.findByText(/1000/)).toBeInTheDocument(); // the count names every speaker
    const first = cards();
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(1000);
    await reachEnd();
    expect(cards()).toBe(Math.min(1000, 2 * first));
    for (let i = 0; i < 10 && cards() < 1000; i++) await reachEnd();
    expect(cards()).toBe(1000);
    expect(document.querySelector('.reveal-more')).toBeNull(); // nothing left to load
    await user.type(screen.getByRole('searchbox'), 'Odd');
    await waitFor(() => expect(cards()).toBe(first));
    expect(screen.getByText(/500/)).toBeInTheDocument();
  });

  it('keeps the cards shown when the same list gets new data (a live update), starts over on a new sort', async () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    stubFetch({ 'index.json': many });
    const user = userEvent.setup();
    const { queryClient } = renderApp('/speakers');
    expect(await screen.findByText(/1000/)).toBeInTheDocument();
    const first = cards();
    await reachEnd();
    const reached = cards();
    expect(reached).toBeGreaterThan(first);
    await act(async () => {
      // One speaker's count changed: new data, the same list.
      queryClient.setQueryData(indexQuery().queryKey, {
        ...many,
        speakers: many.speakers.map((s, i) => (i === 0 ? { ...s, talkCount: 2 } : s)),
      });
    });
    await waitFor(() =>
      expect(document.querySelector('.speaker-card .speaker-count')).toHaveTextContent('2 个议题'),
    );
    expect(cards()).toBe(reached);
    await user.selectOptions(screen.getByRole('combobox', { name: '排序' }), 'talks');
    await waitFor(() => expect(cards()).toBe(first));
  });

  it('shows as many cards as before when the reader comes Back to the list', async () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    stubFetch({ 'index.json': many });
    const { router } = renderApp('/speakers');
    expect(await screen.findByText(/1000/)).toBeInTheDocument();
    const first = cards();
    await reachEnd();
    await reachEnd();
    const reached = cards();
    expect(reached).toBeGreaterThan(first);
    await act(() => router.navigate('/overview'));
    await act(() => router.navigate(-1));
    expect(await screen.findByText(/1000/)).toBeInTheDocument();
    expect(cards()).toBe(reached);
    // A new visit to the list (a link, not Back) starts from the first step.
    await act(() => router.navigate('/overview'));
    await act(() => router.navigate('/speakers'));
    await waitFor(() => expect(cards()).toBe(first));
  });

  it('starts from the first step on a fresh page load, whatever an earlier page of the tab reached', async () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    stubFetch({ 'index.json': many });
    const earlier = renderPageLoad('/speakers');
    expect(await screen.findByText(/1000/)).toBeInTheDocument();
    const first = cards();
    await reachEnd();
    await reachEnd();
    expect(cards()).toBeGreaterThan(first);
    earlier.unmount();
    renderPageLoad('/speakers'); // opened again from a bookmark: a new document, a new history entry
    expect(await screen.findByText(/1000/)).toBeInTheDocument();
    expect(cards()).toBe(first);
  });
});

describe('speaker profile /speakers/:slug', () => {
  it('shows name, aliases, affiliation, role, bio, talks newest first with events and slides, co-speakers', async () => {
    stubFetch({ 'index.json': index, 'speakers/li-wei.json': liWei });
    renderApp('/speakers/li-wei');
    expect(await screen.findByRole('heading', { level: 1, name: '李唯' })).toBeInTheDocument();
    // The title is set in an effect, after the page renders.
    await vi.waitFor(() => expect(document.title).toBe('李唯 · 活动浏览'));
    expect(screen.getByText('又名: 唯哥')).toBeInTheDocument();
    expect(screen.getByText('蚂蚁集团 · 技术专家')).toBeInTheDocument();
    expect(screen.getByText('2017 年加入蚂蚁集团中间件团队。')).toBeInTheDocument();
    const talks = screen.getByRole('region', { name: /全部议题/ });
    const titles = within(talks)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(titles).toEqual(['更新的议题', 'Service Mesh 在蚂蚁落地后的探索与实践']);
    expect(within(talks).getByRole('link', { name: 'SOFAMeetup#8 成都站' })).toHaveAttribute(
      'href',
      '/events/sofameetup-8-chengdu',
    );
    expect(within(talks).getByText('2021年3月21日周日')).toBeInTheDocument();
    expect(within(talks).getByRole('link', { name: /下载讲义/ })).toHaveAttribute(
      'href',
      'https://example.com/decks/mesh.pdf',
    );
    const co = screen.getByRole('region', { name: '同场讲师' });
    expect(within(co).getByRole('link', { name: '周群力' })).toHaveAttribute('href', '/speakers/zhou-qunli');
  });

  it('suggests the nearest speakers for an unknown slug', async () => {
    stubFetch({ 'index.json': index });
    renderApp('/speakers/zhou-qunlii');
    expect(await screen.findByText('没有名为「zhou-qunlii」的讲师。')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '周群力' })).toHaveAttribute('href', '/speakers/zhou-qunli');
  });

  it('shows an error view when the speaker file is corrupt', async () => {
    stubFetch({ 'index.json': index, 'speakers/li-wei.json': { name: 42 } });
    renderApp('/speakers/li-wei');
    expect(await screen.findByRole('alert')).toHaveTextContent('数据文件格式不正确');
    expect(screen.getByRole('button', { name: '重试' })).toBeInTheDocument();
  });
});
