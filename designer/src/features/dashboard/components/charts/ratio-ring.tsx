/** A ring filled to `ratio` (0–1) with the percentage in the middle; `role="img"` named by the label and the value. */
export function RatioRing({ label, ratio, tone, emptyText }: { label: string; ratio: number | null; tone: string; emptyText: string }) {
  const radius = 40;
  const circumference = 2 * Math.PI * radius;
  const filled = ratio === null ? 0 : Math.min(1, Math.max(0, ratio)) * circumference;
  const text = ratio === null ? '—' : `${(ratio * 100).toFixed(ratio > 0 && ratio < 0.1 ? 1 : 0)}%`;
  return (
    <svg className="ring" viewBox="0 0 100 100" role="img" aria-label={`${label}: ${ratio === null ? emptyText : text}`}>
      <circle className="ring__track" cx="50" cy="50" r={radius} />
      <circle
        className={`ring__value chart-stroke--${tone}`}
        cx="50"
        cy="50"
        r={radius}
        strokeDasharray={`${filled} ${circumference}`}
        transform="rotate(-90 50 50)"
      />
      <text className="ring__text" x="50" y="50" dy="0.35em" textAnchor="middle">
        {text}
      </text>
    </svg>
  );
}
