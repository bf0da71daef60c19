// Charts in HTML and CSS, so that their text keeps its size at any width (an SVG's viewBox scaled it
// down to 6 px on a phone). Each has a data table with the same numbers.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../i18n/I18nContext';
import type { Bar, YearSeries } from '../lib/overview';

const COLORS = [
  '--chart-1',
  '--chart-2',
  '--chart-3',
  '--chart-4',
  '--chart-5',
  '--chart-6',
  '--chart-7',
  '--chart-8',
];
const color = (i: number) => `var(${COLORS[i % COLORS.length]})`;

function DataTable({
  caption,
  head,
  rows,
}: {
  caption: string;
  head: string[];
  rows: (string | number)[][];
}) {
  const { t } = useI18n();
  return (
    <details>
      <summary>{t.tableAlt}</summary>
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {head.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              {r.map((c, j) =>
                j === 0 ? (
                  <th key={j} scope="row">
                    {c}
                  </th>
                ) : (
                  <td key={j} className="num">
                    {c}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

/** A titled chart: the heading, the chart, then its numbers as a table. */
function ChartFrame(props: {
  title: string;
  wide?: boolean;
  head: string[];
  rows: (string | number)[][];
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section className={props.wide ? 'chart wide' : 'chart'} aria-labelledby={id}>
      <h2 id={id} className="h3">
        {props.title}
      </h2>
      {props.children}
      <DataTable caption={props.title} head={props.head} rows={props.rows} />
    </section>
  );
}

/**
 * Horizontal bars in one colour (so no legend), a row per label: the label in full (it wraps when
 * long), linked when a `to` is given, then the bar and its value. A list, read as "label, value".
 */
export function BarChart({ title, bars }: { title: string; bars: Bar[] }) {
  const { t } = useI18n();
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <ChartFrame title={title} head={[t.name, t.count]} rows={bars.map((b) => [b.label, b.value])}>
      <ul className="bars">
        {bars.map((b) => (
          <li key={b.label}>
            <span className="bar-label">{b.to ? <Link to={b.to}>{b.label}</Link> : b.label}</span>
            <span className="bar-track">
              {/* The value keeps 2.5rem beside the longest bar. */}
              <span className="bar" style={{ width: `calc((100% - 2.5rem) * ${b.value / max})` }} />
              <span className="bar-value">{b.value}</span>
            </span>
          </li>
        ))}
      </ul>
    </ChartFrame>
  );
}

/** Whether the element is wider than its box (and so scrolls sideways), as it resizes. */
function useOverflows<E extends HTMLElement>() {
  const ref = useRef<E>(null);
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(() => setOverflows(el.scrollWidth > el.clientWidth));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, overflows] as const;
}

/**
 * Events per year as stacked columns, one colour per series (named in the legend), each column's total
 * above it. Columns keep a minimum width: with many years the chart scrolls sideways (and can then be
 * focused, to scroll it with the keyboard).
 */
export function StackedYears({ title, data }: { title: string; data: YearSeries }) {
  const { t } = useI18n();
  const descId = useId();
  const [ref, overflows] = useOverflows<HTMLDivElement>();
  const seriesName = (s: string | null) => s ?? t.noSeries;
  const totals = data.counts.map((c) => c.reduce((a, b) => a + b, 0));
  const max = Math.max(1, ...totals);
  const desc = data.years
    .map(
      (y, yi) =>
        `${y}: ${totals[yi]} (${data.series
          .map((s, si) => [seriesName(s), data.counts[yi]![si]!] as const)
          .filter(([, n]) => n > 0)
          .map(([s, n]) => `${s} ${n}`)
          .join(', ')})`,
    )
    .join('; ');
  return (
    <ChartFrame
      title={title}
      wide
      head={[t.year, ...data.series.map(seriesName), t.total]}
      rows={data.years.map((y, yi) => [y, ...data.counts[yi]!, totals[yi]!])}
    >
      <div
        ref={ref}
        className="years"
        role="img"
        aria-label={title}
        aria-describedby={descId}
        tabIndex={overflows ? 0 : undefined}
      >
        {data.years.map((y, yi) => (
          <div key={y} className="year">
            <div className="year-plot">
              <span className="year-total">{totals[yi]}</span>
              <span className="year-stack" style={{ height: `calc(var(--plot-h) * ${totals[yi]! / max})` }}>
                {data.series.map((_, si) => {
                  const n = data.counts[yi]![si]!;
                  return n ? <span key={si} style={{ flexGrow: n, background: color(si) }} /> : null;
                })}
              </span>
            </div>
            <span className="year-label">{y}</span>
          </div>
        ))}
      </div>
      <p id={descId} hidden>
        {desc}
      </p>
      {data.series.length > 1 && (
        <ul className="legend" aria-hidden="true">
          {data.series.map((s, si) => (
            <li key={si}>
              <span className="swatch" style={{ background: color(si) }} />
              {seriesName(s)}
            </li>
          ))}
        </ul>
      )}
    </ChartFrame>
  );
}
