import { useQuery } from '@tanstack/react-query';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import {
  memo,
  useCallback,
  useDeferredValue,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import type { EventSummary } from '../../model/types';
import ErrorView from '../components/ErrorView';
import ModeBadge from '../components/ModeBadge';
import { PageSkeleton } from '../components/Skeleton';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { indexQuery } from '../data/queries';
import { useI18n } from '../i18n/I18nContext';
import { formatDay, formatMonth, formatMonthName, formatTime } from '../lib/dates';
import {
  FILTER_KEYS,
  buildRows,
  computeFacets,
  countPosts,
  filterEvents,
  filtersFromParams,
  withFilter,
  type Facets,
  type FilterKey,
  rowHeights,
  type TimelineRow,
} from '../lib/timeline';
import { tagKey } from '../lib/tags';

const NO_FACETS: Facets = { series: [], tag: [], mode: [], city: [], year: [] };

export default function TimelinePage() {
  const { t } = useI18n();
  useDocumentTitle(t.timelineTitle);
  const index = useQuery(indexQuery());
  if (index.isPending) return <PageSkeleton />;
  if (index.isError) return <ErrorView error={index.error} onRetry={() => void index.refetch()} />;
  return <Timeline events={index.data.events} />;
}

function Timeline({ events }: { events: EventSummary[] }) {
  const { t, locale } = useI18n();
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const [now] = useState(() => Date.now());
  const filterString = FILTER_KEYS.map((k) => params.get(k) ?? '').join('\u0000');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the filter values only
  const filters = useMemo(() => filtersFromParams(params), [filterString]);
  // The dropdowns' values and counts wait until the first screen of rows is on the page: the first
  // render sees `null` here and React renders again with the events in the background.
  const facetSource = useDeferredValue<readonly EventSummary[] | null>(events, null);
  const facets = useMemo(() => (facetSource ? computeFacets(facetSource) : NO_FACETS), [facetSource]);
  const filtered = useMemo(() => filterEvents(events, filters), [events, filters]);
  const rows = useMemo(() => buildRows(filtered, now), [filtered, now]);
  const totalCounts = useMemo(() => countPosts(events), [events]);
  const shownCounts = useMemo(() => countPosts(filtered), [filtered]);
  const active = FILTER_KEYS.filter((k) => filters[k]);

  // Trying the options of one filter in a row (↓ on a closed select changes it at each press) makes one
  // history entry: Back undoes that filter, not each option passed on the way.
  const setFilter = (key: FilterKey, value: string) =>
    setParams((p) => withFilter(p, key, value || null), {
      preventScrollReset: true,
      replace: (location.state as { filter?: string } | null)?.filter === key,
      state: { filter: key },
    });
  const filtersRef = useRef<HTMLElement>(null);
  const clear = () => {
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        for (const k of FILTER_KEYS) next.delete(k);
        return next;
      },
      { preventScrollReset: true },
    );
    // The button goes away with the filters: keep keyboard focus in the filters, not lost to <body>.
    filtersRef.current?.querySelector('select')?.focus();
  };

  const label: Record<FilterKey, string> = {
    series: t.filterSeries,
    tag: t.filterTag,
    mode: t.filterMode,
    city: t.filterCity,
    year: t.filterYear,
  };
  const optionLabel = (key: FilterKey, value: string) =>
    key === 'mode' && (value === 'online' || value === 'offline' || value === 'hybrid')
      ? t.mode[value]
      : value;

  return (
    <div className="timeline-page">
      <h1>{t.timelineTitle}</h1>
      <section className="filters" aria-labelledby="filters-title" ref={filtersRef}>
        <h2 id="filters-title" className="visually-hidden">
          {t.filters}
        </h2>
        {FILTER_KEYS.map((key) => {
          const options = facets[key] as [string, number][];
          const asked = filters[key] ?? '';
          // A tag link may spell the tag another way (`istio`): select the listed spelling.
          const value =
            key === 'tag' && asked
              ? (options.find(([v]) => tagKey(v) === tagKey(asked))?.[0] ?? asked)
              : asked;
          const known = !value || options.some(([v]) => v === value);
          return (
            <label key={key} className="filter">
              <span className="filter-label">{label[key]}</span>
              <select value={value} onChange={(e) => setFilter(key, e.target.value)} name={key}>
                <option value="">{t.filterAll}</option>
                {!known && <option value={value}>{optionLabel(key, value)}</option>}
                {options.map(([v, n]) => (
                  <option key={v} value={v}>
                    {optionLabel(key, v)} ({n})
                  </option>
                ))}
              </select>
            </label>
          );
        })}
        {active.length > 0 && (
          <button type="button" className="button subtle" onClick={clear}>
            {t.clearFilters}
          </button>
        )}
      </section>
      <p className="result-count" role="status">
        {t.showing(shownCounts, totalCounts)}
      </p>
      {filtered.length === 0 ? (
        <p className="empty">{t.noResults}</p>
      ) : (
        <VirtualRows rows={rows} locale={locale} />
      )}
    </div>
  );
}

/** The timeline's narrow layout (styles.css switches the event card to one column below it). */
const NARROW = '(max-width: 600px)';

function subscribeNarrow(onChange: () => void) {
  if (typeof window.matchMedia !== 'function') return () => {};
  const mq = window.matchMedia(NARROW);
  mq.addEventListener('change', onChange);
  return () => mq.removeEventListener('change', onChange);
}
const isNarrow = () => typeof window.matchMedia === 'function' && window.matchMedia(NARROW).matches;

function rootFontPx(): number {
  const px = parseFloat(getComputedStyle(document.documentElement).fontSize);
  return Number.isFinite(px) && px > 0 ? px : 16;
}

function VirtualRows({ rows, locale }: { rows: TimelineRow[]; locale: string }) {
  const listRef = useRef<HTMLDivElement>(null);
  const narrow = useSyncExternalStore(subscribeNarrow, isNarrow, () => false);
  const [remPx] = useState(rootFontPx);
  const heights = useMemo(() => rowHeights(narrow, remPx), [narrow, remPx]);
  // The page is as tall as every row from the first render on, so a restored scroll position holds.
  const total = useMemo(() => rows.reduce((sum, r) => sum + heights[r.type], 0), [rows, heights]);
  // Where the list starts on the page, read before any row is drawn (a layout of the page above it
  // alone), so the virtualizer places 10,000 rows once rather than again when the offset arrives.
  const [margin, setMargin] = useState<number | null>(null);
  useLayoutEffect(() => {
    const el = listRef.current;
    if (!el) return;
    const update = () => setMargin(el.getBoundingClientRect().top + window.scrollY);
    update();
    const ro = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update);
    ro?.observe(document.body);
    return () => ro?.disconnect();
  }, []);
  return (
    <div ref={listRef} className="timeline" style={{ height: total, position: 'relative' }}>
      {margin !== null && <VirtualList rows={rows} heights={heights} locale={locale} margin={margin} />}
    </div>
  );
}

function VirtualList({
  rows,
  heights,
  locale,
  margin,
}: {
  rows: TimelineRow[];
  heights: Record<TimelineRow['type'], number>;
  locale: string;
  margin: number;
}) {
  // Stable callbacks: a new getItemKey makes the virtualizer recompute every row's position.
  const estimateSize = useCallback((i: number) => heights[rows[i]!.type], [rows, heights]);
  const getItemKey = useCallback((i: number) => rows[i]!.key, [rows]);
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize,
    getItemKey,
    overscan: 4,
    scrollMargin: margin,
  });
  // Heights change with the screen width (or the root font): place every row again.
  const placed = useRef(heights);
  useLayoutEffect(() => {
    if (placed.current === heights) return;
    placed.current = heights;
    virtualizer.measure();
  }, [heights, virtualizer]);
  return virtualizer.getVirtualItems().map((item) => (
    <div
      key={item.key}
      data-index={item.index}
      className="vrow"
      style={{ height: item.size, transform: `translateY(${item.start - margin}px)` }}
    >
      <Row row={rows[item.index]!} locale={locale} />
    </div>
  ));
}

const Row = memo(function Row({ row, locale }: { row: TimelineRow; locale: string }) {
  const { t } = useI18n();
  if (row.type === 'section') {
    const title = row.section === 'upcoming' ? t.upcoming : row.section === 'past' ? t.past : t.undated;
    return (
      <h2 className={`section-heading section-${row.section}`}>
        {title} <span className="count">{row.count}</span>
      </h2>
    );
  }
  if (row.type === 'year') return <h3 className="year-heading">{row.year}</h3>;
  if (row.type === 'month')
    return (
      <h4 className="month-heading" aria-label={formatMonth(row.year, row.month, locale)}>
        {formatMonthName(row.year, row.month, locale)}
      </h4>
    );
  const e = row.event;
  const time = formatTime(e.start, e.timezone, locale);
  return (
    <article className={row.upcoming ? 'event-row upcoming' : 'event-row'} aria-label={e.title}>
      <div className="event-when">
        {e.start ? (
          <time dateTime={e.start}>
            <span className="event-day">{formatDay(e.start, e.timezone, locale)}</span>
            {time && <span className="event-time">{time}</span>}
          </time>
        ) : (
          <span className="muted">{t.dateUnknown}</span>
        )}
      </div>
      <div className="event-main">
        <Link to={`/events/${encodeURIComponent(e.slug)}`} className="event-title">
          {e.title}
        </Link>
        <p className="event-meta">
          {row.upcoming && <span className="badge upcoming-badge">{t.upcomingBadge}</span>}
          {e.kind === 'announcement' && <span className="badge">{t.announcement}</span>}
          <ModeBadge mode={e.mode} />
          {e.city && <span className="meta-item city">{e.city}</span>}
          {e.series && <span className="meta-item series">{e.series}</span>}
          {e.talkCount > 0 && <span className="meta-item meta-talks">{t.talks(e.talkCount)}</span>}
        </p>
      </div>
    </article>
  );
});
