import { niceMax } from '../../lib/scale';

export interface HorizontalBarDatum {
  key: string;
  label: string;
  value: number;
  /** The value as text next to its bar and in the hidden table. */
  valueText: string;
  /** More about the row for the hidden table and the tooltip. */
  detail?: string;
}

const width = 1200;
const rowHeight = 30;
const labelWidth = 380;
const valueWidth = 100;

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Horizontal bars, longest first as given; `role="img"` named by a summary, with the numbers in a hidden table. */
export function HorizontalBarChart({ title, summary, data, valueHeader }: { title: string; summary: string; data: HorizontalBarDatum[]; valueHeader: string }) {
  const max = niceMax(Math.max(0, ...data.map((d) => d.value)));
  const plot = width - labelWidth - valueWidth;
  const height = data.length * rowHeight + 8;
  return (
    <figure className="chart">
      <svg className="chart__svg" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${title}. ${summary}`}>
        {data.map((d, i) => {
          const y = 4 + i * rowHeight;
          const barLength = Math.max(2, (d.value / max) * plot);
          return (
            <g key={d.key}>
              <title>{`${d.label}: ${d.valueText}${d.detail ? ` (${d.detail})` : ''}`}</title>
              <text className="chart__label" x={labelWidth - 8} y={y + rowHeight / 2} dy="0.32em" textAnchor="end">
                {clip(d.label, 52)}
              </text>
              <rect className="chart-fill--primary" x={labelWidth} y={y + 5} width={barLength} height={rowHeight - 10} rx="2" />
              <text className="chart__value" x={labelWidth + barLength + 6} y={y + rowHeight / 2} dy="0.32em">
                {d.valueText}
              </text>
            </g>
          );
        })}
      </svg>
      <table className="visually-hidden">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">Step</th>
            <th scope="col">{valueHeader}</th>
            <th scope="col">Detail</th>
          </tr>
        </thead>
        <tbody>
          {data.map((d) => (
            <tr key={d.key}>
              <th scope="row">{d.label}</th>
              <td>{d.valueText}</td>
              <td>{d.detail ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
