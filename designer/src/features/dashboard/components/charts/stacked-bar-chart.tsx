import { useId } from 'react';
import { niceMax, ticks } from '../../lib/scale';

export interface ChartSeries {
  key: string;
  label: string;
  /** Names the fill in insights.css (`chart-fill--<tone>`), a design-token colour in both themes. */
  tone: string;
}

export interface StackedBarDatum {
  /** The full label (hidden table, tooltip). */
  label: string;
  /** The axis label; shown for every few bars when there are many. */
  tick: string;
  values: Record<string, number>;
}

const width = 1200;
const height = 250;
const margin = { top: 12, right: 48, bottom: 30, left: 40 };

/**
 * Vertical bars stacked by series. The drawing is one `role="img"` with a summary as its name; the numbers are also in
 * a visually hidden table, so a screen reader gets every value and the picture stays a picture.
 */
export function StackedBarChart({ title, summary, series, data }: { title: string; summary: string; series: ChartSeries[]; data: StackedBarDatum[] }) {
  const tableId = useId();
  const totals = data.map((d) => series.reduce((sum, s) => sum + (d.values[s.key] ?? 0), 0));
  const max = niceMax(Math.max(0, ...totals));
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const band = plotWidth / Math.max(1, data.length);
  const barWidth = Math.max(1, band * 0.72);
  const every = Math.max(1, Math.ceil(data.length / 12));
  const y = (value: number) => margin.top + plotHeight - (value / max) * plotHeight;

  return (
    <figure className="chart">
      <svg className="chart__svg" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${title}. ${summary}`}>
        {ticks(max).map((t) => (
          <g key={t}>
            <line className="chart__grid" x1={margin.left} x2={width - margin.right} y1={y(t)} y2={y(t)} />
            <text className="chart__axis-label" x={margin.left - 6} y={y(t)} dy="0.32em" textAnchor="end">
              {Number.isInteger(t) ? t : t.toFixed(1)}
            </text>
          </g>
        ))}
        {data.map((d, i) => {
          let base = 0;
          const x = margin.left + i * band + (band - barWidth) / 2;
          return (
            <g key={d.label}>
              {series.map((s) => {
                const value = d.values[s.key] ?? 0;
                if (!value) return null;
                const top = y(base + value);
                const rect = <rect key={s.key} className={`chart-fill--${s.tone}`} x={x} y={top} width={barWidth} height={y(base) - top} />;
                base += value;
                return rect;
              })}
              <title>{`${d.label}: ${series.map((s) => `${d.values[s.key] ?? 0} ${s.label.toLowerCase()}`).join(', ')}`}</title>
              {i % every === 0 ? (
                <text className="chart__axis-label" x={x + barWidth / 2} y={height - margin.bottom + 16} textAnchor="middle">
                  {d.tick}
                </text>
              ) : null}
            </g>
          );
        })}
        <line className="chart__axis" x1={margin.left} x2={width - margin.right} y1={y(0)} y2={y(0)} />
      </svg>
      <figcaption>
        <ul className="chart__legend" aria-label={`${title}: legend`}>
          {series.map((s) => (
            <li key={s.key}>
              <svg className="chart__swatch" viewBox="0 0 12 12" aria-hidden="true">
                <rect className={`chart-fill--${s.tone}`} width="12" height="12" rx="2" />
              </svg>
              {s.label}
            </li>
          ))}
        </ul>
      </figcaption>
      <table className="visually-hidden" id={tableId}>
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">Hour</th>
            {series.map((s) => (
              <th key={s.key} scope="col">
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.map((d) => (
            <tr key={d.label}>
              <th scope="row">{d.label}</th>
              {series.map((s) => (
                <td key={s.key}>{d.values[s.key] ?? 0}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
