// Numbers for the overview page, computed from index.json alone.
import type { BundleIndex, EventMode } from '../../model/types';
import { compareNames } from './collate';
import { countTags } from './tags';
import { eventYear } from './timeline';

export interface Bar {
  label: string;
  value: number;
  /** Where clicking the bar's row leads (a filtered timeline, a profile). */
  to?: string;
}

export interface YearSeries {
  years: string[];
  /** Series names shown, most frequent first; `null` gathers the rest and events without a series. */
  series: (string | null)[];
  /** counts[yearIndex][seriesIndex] */
  counts: number[][];
}

export interface Overview {
  /** Dated gatherings (kind `event`): what the charts count. */
  total: number;
  /** The other posts, which the timeline lists too. */
  announcements: number;
  perYear: YearSeries;
  modes: { mode: EventMode | null; value: number }[];
  cities: Bar[];
  speakers: Bar[];
  tags: Bar[];
}

function top(m: Map<string, number>, n: number): [string, number][] {
  return [...m.entries()].sort((a, b) => b[1] - a[1] || compareNames(a[0], b[0])).slice(0, n);
}

export function computeOverview(index: BundleIndex, maxSeries = 6): Overview {
  const events = index.events.filter((e) => e.kind === 'event');
  const seriesCount = new Map<string, number>();
  for (const e of events) if (e.series) seriesCount.set(e.series, (seriesCount.get(e.series) ?? 0) + 1);
  const shown = top(seriesCount, maxSeries).map(([s]) => s);
  const shownSet = new Set(shown);
  const hasOther = events.some((e) => !e.series || !shownSet.has(e.series));
  const series: (string | null)[] = hasOther ? [...shown, null] : shown;

  const years = [...new Set(events.map(eventYear).filter((y): y is string => !!y))].sort();
  const counts = years.map(() => series.map(() => 0));
  for (const e of events) {
    const y = eventYear(e);
    if (!y) continue;
    const si = e.series && shownSet.has(e.series) ? series.indexOf(e.series) : series.indexOf(null);
    counts[years.indexOf(y)]![si]! += 1;
  }

  const modeCount = new Map<EventMode | null, number>();
  for (const e of events) modeCount.set(e.mode, (modeCount.get(e.mode) ?? 0) + 1);
  const modes = (['offline', 'online', 'hybrid', null] as (EventMode | null)[])
    .filter((m) => modeCount.has(m))
    .map((mode) => ({ mode, value: modeCount.get(mode)! }));

  const cityCount = new Map<string, number>();
  for (const e of events) if (e.city) cityCount.set(e.city, (cityCount.get(e.city) ?? 0) + 1);
  const tagCount = countTags(events);

  return {
    total: events.length,
    announcements: index.events.length - events.length,
    perYear: { years, series, counts },
    modes,
    cities: top(cityCount, 10).map(([label, value]) => ({
      label,
      value,
      to: `/?city=${encodeURIComponent(label)}`,
    })),
    speakers: index.speakers
      .filter((s) => s.talkCount > 0)
      .slice()
      .sort((a, b) => b.talkCount - a.talkCount || compareNames(a.name, b.name))
      .slice(0, 10)
      .map((s) => ({ label: s.name, value: s.talkCount, to: `/speakers/${encodeURIComponent(s.slug)}` })),
    tags: top(tagCount, 15).map(([label, value]) => ({
      label,
      value,
      to: `/?tag=${encodeURIComponent(label)}`,
    })),
  };
}
