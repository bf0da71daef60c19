// Accessible SVG charts: role="img" with <title>/<desc>, and the same numbers as a table.
import { useId, type ReactNode } from 'react';
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
export const color = (i: number) => `var(${COLORS[i % COLORS.length]})`;

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

/** A titled chart: the SVG (named and described for screen readers), then what goes below it. */
function ChartFrame(props: {
  title: string;
  desc: string;
  width: number;
  height: number;
  wide?: boolean;
  after: ReactNode;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section className={props.wide ? 'chart wide' : 'chart'} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className="h3">
        {props.title}
      </h2>
      <svg
        viewBox={`0 0 ${props.width} ${props.height}`}
        role="img"
        aria-labelledby={`${id}-t`}
        aria-describedby={`${id}-d`}
      >
        <title id={`${id}-t`}>{props.title}</title>
        <desc id={`${id}-d`}>{props.desc}</desc>
        {props.children}
      </svg>
      {props.after}
    </section>
  );
}

/** Horizontal bars, one row per label; the labels link on when a `to` is given. */
export function BarChart({ title, bars, wide }: { title: string; bars: Bar[]; wide?: boolean }) {
  const { t } = useI18n();
  const max = Math.max(1, ...bars.map((b) => b.value));
  const row = 26;
  const labelW = 130;
  const width = 480;
  const height = bars.length * row + 4;
  const desc = bars.map((b) => `${b.label}: ${b.value}`).join('; ');
  const after = (
    <>
      {bars.some((b) => b.to) && (
        <ul className="tags chart-links">
          {bars.map((b) =>
            b.to ? (
              <li key={b.label}>
                <Link to={b.to} className="tag">
                  {b.label} <span className="visually-hidden">({b.value})</span>
                </Link>
              </li>
            ) : null,
          )}
        </ul>
      )}
      <DataTable caption={title} head={[t.name, t.count]} rows={bars.map((b) => [b.label, b.value])} />
    </>
  );
  return (
    <ChartFrame title={title} desc={desc} width={width} height={height} wide={wide} after={after}>
      {bars.map((b, i) => {
        const w = ((width - labelW - 40) * b.value) / max;
        const y = i * row + 2;
        const label = b.label.length > 12 ? `${b.label.slice(0, 11)}…` : b.label;
        return (
          <g key={b.label} aria-hidden="true">
            <text x={labelW - 8} y={y + row / 2 + 4} textAnchor="end">
              {label}
            </text>
            <rect x={labelW} y={y + 3} width={Math.max(w, 1)} height={row - 8} rx={3} fill={color(0)} />
            <text x={labelW + w + 6} y={y + row / 2 + 4}>
              {b.value}
            </text>
          </g>
        );
      })}
    </ChartFrame>
  );
}

/** Events per year as stacked columns, one colour per series. */
export function StackedYears({ title, data }: { title: string; data: YearSeries }) {
  const { t } = useI18n();
  const seriesName = (s: string | null) => s ?? t.noSeries;
  const totals = data.counts.map((c) => c.reduce((a, b) => a + b, 0));
  const max = Math.max(1, ...totals);
  const width = 720;
  const height = 240;
  const top = 16;
  const bottom = 24;
  const left = 32;
  const colW = (width - left) / Math.max(1, data.years.length);
  const barW = Math.min(48, colW * 0.7);
  const scale = (v: number) => ((height - top - bottom) * v) / max;
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
  const after = (
    <>
      <ul className="legend" aria-hidden="true">
        {data.series.map((s, si) => (
          <li key={si}>
            <span className="swatch" style={{ background: color(si) }} />
            {seriesName(s)}
          </li>
        ))}
      </ul>
      <DataTable
        caption={title}
        head={[t.year, ...data.series.map(seriesName), t.total]}
        rows={data.years.map((y, yi) => [y, ...data.counts[yi]!, totals[yi]!])}
      />
    </>
  );
  return (
    <ChartFrame title={title} desc={desc} width={width} height={height} wide after={after}>
      <g aria-hidden="true">
        <line className="axis" x1={left} x2={width} y1={height - bottom} y2={height - bottom} />
        <text x={left - 6} y={top + 4} textAnchor="end">
          {max}
        </text>
        <text x={left - 6} y={height - bottom} textAnchor="end">
          0
        </text>
        {data.years.map((y, yi) => {
          const x = left + yi * colW + (colW - barW) / 2;
          let acc = 0;
          return (
            <g key={y}>
              {data.series.map((s, si) => {
                const n = data.counts[yi]![si]!;
                if (!n) return null;
                const h = scale(n);
                acc += h;
                return (
                  <rect key={si} x={x} width={barW} y={height - bottom - acc} height={h} fill={color(si)} />
                );
              })}
              <text x={x + barW / 2} y={height - bottom - acc - 4} textAnchor="middle">
                {totals[yi]}
              </text>
              {(data.years.length <= 12 || yi % Math.ceil(data.years.length / 12) === 0) && (
                <text x={x + barW / 2} y={height - 6} textAnchor="middle">
                  {y}
                </text>
              )}
            </g>
          );
        })}
      </g>
    </ChartFrame>
  );
}
