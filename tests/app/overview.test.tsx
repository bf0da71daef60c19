// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { computeOverview } from '../../src/app/lib/overview';
import { index, summary } from './fixtures';
import { renderApp, stubFetch } from './render';

beforeEach(() => {
  window.scrollTo = vi.fn() as unknown as typeof window.scrollTo;
  localStorage.clear();
});

describe('overview numbers', () => {
  it('counts events per year by series, modes, cities, speakers and tags (announcements left out)', () => {
    const o = computeOverview(index);
    expect(o.total).toBe(4);
    expect(o.announcements).toBe(1); // the timeline's fifth row
    expect(o.perYear.years).toEqual(['2018', '2021', '2099']);
    expect(o.perYear.series).toEqual(['SOFAMeetup', 'Service Mesh Meetup']);
    expect(o.perYear.counts).toEqual([
      [0, 1],
      [2, 0],
      [1, 0],
    ]);
    expect(o.modes).toEqual([
      { mode: 'offline', value: 2 },
      { mode: 'online', value: 1 },
      { mode: 'hybrid', value: 1 },
    ]);
    expect(o.cities.map((c) => c.label)).toEqual(['北京', '成都', '杭州']);
    expect(o.speakers[0]).toEqual({ label: '吴晟', value: 5, to: '/speakers/wu-sheng' });
    expect(o.tags[0]).toEqual({ label: 'Service Mesh', value: 2, to: '/?tag=Service%20Mesh' });
  });

  it('orders ties by pinyin, whatever the locale: the same list for every reader', () => {
    const cities = ['上海', '北京', '深圳'].map((city, i) => summary({ slug: `c${i}`, title: city, city }));
    expect(computeOverview({ ...index, events: cities }).cities.map((c) => c.label)).toEqual([
      '北京', // bei
      '上海', // shang
      '深圳', // shen
    ]);
  });

  it('gathers series beyond the top ones, and events without one, as “other”', () => {
    const o = computeOverview(index, 1);
    expect(o.perYear.series).toEqual(['SOFAMeetup', null]);
  });
});

describe('overview page /overview', () => {
  it('draws accessible charts with a data table alternative', async () => {
    stubFetch({ 'index.json': index });
    renderApp('/overview');
    expect(await screen.findByRole('heading', { level: 1, name: '概览' })).toBeInTheDocument();
    // Events and announcements add up to what the timeline lists.
    expect(screen.getByText(/^共 4 场活动 · 1 篇公告 · 4 位讲师 · /)).toBeInTheDocument();
    // The years chart is one image, named and described; the bar charts are lists of "label, value".
    const perYear = screen.getByRole('img', { name: '每年活动数（按系列）' });
    expect(screen.getAllByRole('img')).toEqual([perYear]);
    expect(perYear).toHaveAccessibleDescription(/2021: 2 \(SOFAMeetup 2\)/);
    const region = screen.getByRole('region', { name: '每年活动数（按系列）' });
    const table = within(region).getByRole('table', { hidden: true });
    expect(within(table).getAllByRole('row', { hidden: true })).toHaveLength(4);
    const speakers = screen.getByRole('region', { name: '最常出现的讲师' });
    const first = within(speakers).getAllByRole('listitem')[0]!;
    expect(first).toHaveTextContent(/^吴晟5$/);
    expect(within(first).getByRole('link', { name: '吴晟' })).toHaveAttribute('href', '/speakers/wu-sheng');
    // The title is set in an effect, after the page renders.
    await vi.waitFor(() => expect(document.title).toBe('概览 · 活动浏览'));
  });

  it('shows each label once and whole, and a legend only for the series colours', async () => {
    stubFetch({ 'index.json': index });
    renderApp('/overview');
    const regions = await screen.findAllByRole('region');
    expect(regions).toHaveLength(5);
    const [perYear, ...bars] = regions;
    expect([...perYear!.querySelectorAll('.legend li')].map((li) => li.textContent)).toEqual([
      'SOFAMeetup',
      'Service Mesh Meetup',
    ]);
    for (const chart of bars) {
      expect(chart.querySelector('.legend')).toBeNull();
      const labels = [...chart.querySelectorAll('.bar-label')].map((l) => l.textContent);
      const rows = within(chart)
        .getAllByRole('rowheader', { hidden: true })
        .map((th) => th.textContent);
      expect(labels).toEqual(rows);
    }
    const tags = screen.getByRole('region', { name: '热门话题' });
    expect(within(tags).getByRole('link', { name: 'Service Mesh' })).toHaveAttribute(
      'href',
      '/?tag=Service%20Mesh',
    );
    // Once outside the data table: no chips under the bars repeating the labels.
    expect(within(tags).getAllByText('Service Mesh', { ignore: 'details *' })).toHaveLength(1);
  });
});
