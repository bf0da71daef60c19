// The timeline's logic: filters kept in URL search params, the upcoming/past split, grouping by year and month.
import type { EventMode, EventSummary } from '../../model/types';
import { compareNames } from './collate';
import { countTags, hasTag } from './tags';

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

/** How many of the posts are events and how many announcements (the timeline lists both). */
export interface PostCounts {
  events: number;
  announcements: number;
}

export function countPosts(posts: readonly Pick<EventSummary, 'kind'>[]): PostCounts {
  const announcements = posts.filter((p) => p.kind === 'announcement').length;
  return { events: posts.length - announcements, announcements };
}

export function eventYear(e: Pick<EventSummary, 'start'>): string | null {
  return e.start && /^\d{4}/.test(e.start) ? e.start.slice(0, 4) : null;
}

export function matchesFilters(e: EventSummary, f: TimelineFilters): boolean {
  if (f.series && e.series !== f.series) return false;
  if (f.tag && !hasTag(e, f.tag)) return false;
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

function counted<T extends string>(m: Map<T, number>, order: 'count' | 'desc' | 'asc'): [T, number][] {
  const arr = [...m.entries()];
  if (order === 'count') arr.sort((a, b) => b[1] - a[1] || compareNames(a[0], b[0]));
  else arr.sort((a, b) => (order === 'desc' ? compareNames(b[0], a[0]) : compareNames(a[0], b[0])));
  return arr;
}

/** The values each filter can take, with how many events have each. */
export function computeFacets(events: readonly EventSummary[]): Facets {
  const series = new Map<string, number>();
  const mode = new Map<EventMode, number>();
  const city = new Map<string, number>();
  const year = new Map<string, number>();
  const inc = <T>(m: Map<T, number>, k: T) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const e of events) {
    if (e.series) inc(series, e.series);
    if (e.mode) inc(mode, e.mode);
    if (e.city) inc(city, e.city);
    const y = eventYear(e);
    if (y) inc(year, y);
  }
  return {
    series: counted(series, 'count'),
    tag: counted(countTags(events), 'count'),
    mode: (['offline', 'online', 'hybrid'] as EventMode[])
      .filter((m) => mode.has(m))
      .map((m) => [m, mode.get(m)!]),
    city: counted(city, 'count'),
    year: counted(year, 'desc'),
  };
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

const digits = (s: string, i: number, n: number) => {
  let v = 0;
  for (let k = i; k < i + n; k++) {
    const c = s.charCodeAt(k) - 48;
    if (c < 0 || c > 9) return NaN;
    v = v * 10 + c;
  }
  return v;
};

/**
 * `Date.parse` for the bundle's usual `YYYY-MM-DDTHH:MM[:SS]±HH:MM` without a regex or a Date: the
 * timeline reads two of these per event on every render of 10,000 events. Anything else goes to
 * `Date.parse`.
 */
function parseInstant(iso: string): number {
  if (iso.length >= 22 && iso[4] === '-' && iso[7] === '-' && iso[10] === 'T' && iso[13] === ':') {
    let p = 16;
    let sec = 0;
    if (iso[p] === ':') {
      sec = digits(iso, 17, 2);
      p = 19;
    }
    const sign = iso[p] === '+' ? -1 : iso[p] === '-' ? 1 : 0;
    if (sign !== 0 && iso.length === p + 6 && iso[p + 3] === ':') {
      const t =
        Date.UTC(
          digits(iso, 0, 4),
          digits(iso, 5, 2) - 1,
          digits(iso, 8, 2),
          digits(iso, 11, 2),
          digits(iso, 14, 2),
          sec,
        ) +
        sign * (digits(iso, p + 1, 2) * 60 + digits(iso, p + 4, 2)) * 60_000;
      if (!Number.isNaN(t)) return t;
    }
  }
  return Date.parse(iso);
}

/** When an event is over: its end (or start), a day alone counting until that day's end. */
export function endsAt(e: Pick<EventSummary, 'start' | 'end'>): number | null {
  const iso = e.end ?? e.start;
  if (!iso) return null;
  const m = iso.length === 10 ? DATE_ONLY.exec(iso) : null;
  const t = m ? new Date(+m[1]!, +m[2]! - 1, +m[3]!, 23, 59, 59).getTime() : parseInstant(iso);
  return Number.isNaN(t) ? null : t;
}

function startsAt(e: Pick<EventSummary, 'start'>): number {
  if (!e.start) return NaN;
  const m = e.start.length === 10 ? DATE_ONLY.exec(e.start) : null;
  return m ? new Date(+m[1]!, +m[2]! - 1, +m[3]!).getTime() : parseInstant(e.start);
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

/**
 * Stable sort by a precomputed number (`dir` 1 ascending, -1 descending), without a comparator when
 * the list is already in order or in reverse order: index.json lists events newest first, so past
 * events arrive sorted and upcoming ones reversed.
 */
function sortBy(list: EventSummary[], key: number[], dir: 1 | -1): EventSummary[] {
  const n = list.length;
  let ordered = true;
  let reversed = true;
  for (let i = 1; i < n && (ordered || reversed); i++) {
    const d = dir * (key[i]! - key[i - 1]!);
    if (d < 0) ordered = false;
    else if (d > 0) reversed = false;
  }
  if (ordered) return list;
  if (reversed) {
    // Runs of equal keys keep their order; the runs come back to front.
    const out: EventSummary[] = [];
    let end = n;
    while (end > 0) {
      let start = end - 1;
      while (start > 0 && key[start - 1] === key[end - 1]) start--;
      for (let i = start; i < end; i++) out.push(list[i]!);
      end = start;
    }
    return out;
  }
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
    const start = startsAt(e);
    const end = endsAt(e);
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
 * title clamps to two lines, the meta line to one; a narrow screen puts the date above the title):
 * the virtualizer never measures a row, so scrolling reads no layout and rows never shift.
 */
const ROW_REM = {
  wide: { section: 3.375, year: 2.5, month: 2.4, event: 7 },
  narrow: { section: 3.375, year: 2.5, month: 2.4, event: 8.75 },
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
