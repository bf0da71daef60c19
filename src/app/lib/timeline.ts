// The timeline's logic: filters kept in URL search params, the upcoming/past split, grouping by year and month.
import type { EventMode, EventSummary } from '../../model/types';

export const FILTER_KEYS = ['series', 'tag', 'mode', 'city', 'year'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type TimelineFilters = Partial<Record<FilterKey, string>>;

export function filtersFromParams(params: URLSearchParams): TimelineFilters {
  const f: TimelineFilters = {};
  for (const k of FILTER_KEYS) {
    const v = params.get(k);
    if (v) f[k] = v;
  }
  return f;
}

/** The params with one filter set (or removed when empty), other params kept. */
export function withFilter(params: URLSearchParams, key: FilterKey, value: string | null): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value) next.set(key, value);
  else next.delete(key);
  return next;
}

export function eventYear(e: Pick<EventSummary, 'start'>): string | null {
  return e.start && /^\d{4}/.test(e.start) ? e.start.slice(0, 4) : null;
}

export function matchesFilters(e: EventSummary, f: TimelineFilters): boolean {
  if (f.series && e.series !== f.series) return false;
  if (f.tag && !e.tags.includes(f.tag)) return false;
  if (f.mode) {
    // An hybrid event is both online and offline.
    if (f.mode === 'online' && e.mode !== 'online' && e.mode !== 'hybrid') return false;
    if (f.mode === 'offline' && e.mode !== 'offline' && e.mode !== 'hybrid') return false;
    if (f.mode === 'hybrid' && e.mode !== 'hybrid') return false;
  }
  if (f.city && e.city !== f.city) return false;
  if (f.year && eventYear(e) !== f.year) return false;
  return true;
}

export function filterEvents(events: readonly EventSummary[], f: TimelineFilters): EventSummary[] {
  if (!FILTER_KEYS.some((k) => f[k])) return events.slice();
  return events.filter((e) => matchesFilters(e, f));
}

export interface Facets {
  series: [string, number][];
  tag: [string, number][];
  mode: [EventMode, number][];
  city: [string, number][];
  year: [string, number][];
}

// One collator for every sort: `localeCompare` without one is much slower on thousands of values.
const collator = new Intl.Collator();

function counted<T extends string>(m: Map<T, number>, order: 'count' | 'desc' | 'asc'): [T, number][] {
  const arr = [...m.entries()];
  if (order === 'count') arr.sort((a, b) => b[1] - a[1] || collator.compare(a[0], b[0]));
  else arr.sort((a, b) => (order === 'desc' ? collator.compare(b[0], a[0]) : collator.compare(a[0], b[0])));
  return arr;
}

/** The values each filter can take, with how many events have each. */
export function computeFacets(events: readonly EventSummary[]): Facets {
  const series = new Map<string, number>();
  const tag = new Map<string, number>();
  const mode = new Map<EventMode, number>();
  const city = new Map<string, number>();
  const year = new Map<string, number>();
  const inc = <T>(m: Map<T, number>, k: T) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const e of events) {
    if (e.series) inc(series, e.series);
    // Each tag once per event (a post may repeat one).
    for (let i = 0; i < e.tags.length; i++) {
      const t = e.tags[i]!;
      if (e.tags.indexOf(t) === i) inc(tag, t);
    }
    if (e.mode) inc(mode, e.mode);
    if (e.city) inc(city, e.city);
    const y = eventYear(e);
    if (y) inc(year, y);
  }
  return {
    series: counted(series, 'count'),
    tag: counted(tag, 'count'),
    mode: (['offline', 'online', 'hybrid'] as EventMode[])
      .filter((m) => mode.has(m))
      .map((m) => [m, mode.get(m)!]),
    city: counted(city, 'count'),
    year: counted(year, 'desc'),
  };
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** When an event is over: its end (or start), a day alone counting until that day's end. */
export function endsAt(e: Pick<EventSummary, 'start' | 'end'>): number | null {
  const iso = e.end ?? e.start;
  if (!iso) return null;
  const m = DATE_ONLY.exec(iso);
  const t = m ? new Date(+m[1]!, +m[2]! - 1, +m[3]!, 23, 59, 59).getTime() : Date.parse(iso);
  return Number.isNaN(t) ? null : t;
}

function startsAt(e: Pick<EventSummary, 'start'>): number {
  if (!e.start) return NaN;
  const m = DATE_ONLY.exec(e.start);
  return m ? new Date(+m[1]!, +m[2]! - 1, +m[3]!).getTime() : Date.parse(e.start);
}

export function isUpcoming(e: Pick<EventSummary, 'start' | 'end'>, now: number): boolean {
  const t = endsAt(e);
  return t !== null && t >= now;
}

export interface Split {
  upcoming: EventSummary[];
  past: EventSummary[];
  undated: EventSummary[];
}

interface Times {
  start: number;
  end: number | null;
}
// An event's instants, parsed once per event object: every filter change re-splits the same events.
const timesCache = new WeakMap<EventSummary, Times>();
function timesOf(e: EventSummary): Times {
  let t = timesCache.get(e);
  if (!t) {
    t = { start: startsAt(e), end: endsAt(e) };
    timesCache.set(e, t);
  }
  return t;
}

/** Stable sort by a precomputed number: no date parsing inside the comparator. */
function sortBy(list: EventSummary[], key: number[], dir: 1 | -1): EventSummary[] {
  const order = list.map((_, i) => i);
  order.sort((a, b) => dir * (key[a]! - key[b]!));
  return order.map((i) => list[i]!);
}

/** Upcoming soonest first, past newest first, undated last. */
export function splitByTime(events: readonly EventSummary[], now: number): Split {
  const upcoming: EventSummary[] = [];
  const upStarts: number[] = [];
  const past: EventSummary[] = [];
  const pastStarts: number[] = [];
  const undated: EventSummary[] = [];
  for (const e of events) {
    const { start, end } = timesOf(e);
    if (end === null || Number.isNaN(start)) undated.push(e);
    else if (end >= now) {
      upcoming.push(e);
      upStarts.push(start);
    } else {
      past.push(e);
      pastStarts.push(start);
    }
  }
  return { upcoming: sortBy(upcoming, upStarts, 1), past: sortBy(past, pastStarts, -1), undated };
}

export type TimelineRow =
  | { type: 'section'; key: string; section: 'upcoming' | 'past' | 'undated'; count: number }
  | { type: 'year'; key: string; year: number }
  | { type: 'month'; key: string; year: number; month: number }
  | { type: 'event'; key: string; event: EventSummary; upcoming: boolean };

/** The flat list of rows the virtualized timeline draws: section, year and month headings, events. */
export function buildRows(events: readonly EventSummary[], now: number): TimelineRow[] {
  const { upcoming, past, undated } = splitByTime(events, now);
  const rows: TimelineRow[] = [];
  const group = (list: EventSummary[], section: 'upcoming' | 'past') => {
    if (!list.length) return;
    rows.push({ type: 'section', key: `s-${section}`, section, count: list.length });
    let last = '';
    let lastYear = '';
    for (const e of list) {
      // The local month as the post wrote it: the ISO value carries the event's own offset.
      const ym = e.start!.slice(0, 7);
      if (ym.slice(0, 4) !== lastYear) {
        lastYear = ym.slice(0, 4);
        rows.push({ type: 'year', key: `y-${section}-${lastYear}`, year: +lastYear });
      }
      if (ym !== last) {
        last = ym;
        rows.push({
          type: 'month',
          key: `m-${section}-${ym}`,
          year: +ym.slice(0, 4),
          month: +ym.slice(5, 7),
        });
      }
      rows.push({ type: 'event', key: `e-${e.slug}`, event: e, upcoming: section === 'upcoming' });
    }
  };
  group(upcoming, 'upcoming');
  group(past, 'past');
  if (undated.length) {
    rows.push({ type: 'section', key: 's-undated', section: 'undated', count: undated.length });
    for (const e of undated) rows.push({ type: 'event', key: `e-${e.slug}`, event: e, upcoming: false });
  }
  return rows;
}

/**
 * Every row of a type has the same height, in rem, honoured by the `.vrow` rules in styles.css (a
 * title clamps to two lines, the meta line to one, or two on a narrow screen): the virtualizer never
 * measures a row, so scrolling reads no layout and rows never shift.
 */
const ROW_REM = {
  wide: { section: 3.375, year: 2.5, month: 2.4, event: 7 },
  narrow: { section: 3.375, year: 2.5, month: 2.4, event: 10.375 },
} satisfies Record<'wide' | 'narrow', Record<TimelineRow['type'], number>>;
/** The event card's top and bottom borders, in px on top of its rem height. */
const EVENT_BORDERS_PX = 2;

/** Each row type's height in px, for the root font size `remPx`. */
export function rowHeights(narrow: boolean, remPx: number): Record<TimelineRow['type'], number> {
  const rem = ROW_REM[narrow ? 'narrow' : 'wide'];
  return {
    section: Math.ceil(rem.section * remPx),
    year: Math.ceil(rem.year * remPx),
    month: Math.ceil(rem.month * remPx),
    event: Math.ceil(rem.event * remPx) + EVENT_BORDERS_PX,
  };
}

/** Previous and next event of the same series, by date. */
export function seriesNeighbours(
  events: readonly EventSummary[],
  slug: string,
): { prev: EventSummary | null; next: EventSummary | null } {
  const me = events.find((e) => e.slug === slug);
  if (!me?.series) return { prev: null, next: null };
  const same = events
    .filter((e) => e.series === me.series && e.start)
    .sort((a, b) => startsAt(a) - startsAt(b) || a.slug.localeCompare(b.slug));
  const i = same.findIndex((e) => e.slug === slug);
  if (i < 0) return { prev: null, next: null };
  return { prev: same[i - 1] ?? null, next: same[i + 1] ?? null };
}
