import type { ReactNode } from 'react';

// Line icons drawn for HealthFlows on a 16x16 grid: no icon font or file is fetched.
const paths: Record<string, ReactNode> = {
  play: <path d="M5 3.5v9l7-4.5z" />,
  stop: <rect x="4" y="4" width="8" height="8" rx="1" />,
  alert: (
    <>
      <path d="M8 2.5 14 13H2z" />
      <path d="M8 6.5v3M8 11.2v.1" />
    </>
  ),
  repeat: (
    <>
      <path d="M3 7a4.5 4.5 0 0 1 8-2.5M13 9a4.5 4.5 0 0 1-8 2.5" />
      <path d="M11 2v2.5H8.5M5 14v-2.5h2.5" />
    </>
  ),
  fork: <path d="M3 8h4M7 8l5-4M7 8l5 4M10 4h2v2M10 12h2v-2" />,
  merge: <path d="M3 4l5 4M3 12l5-4M8 8h5M11 6l2 2-2 2" />,
  split: <path d="M8 2.5 13.5 8 8 13.5 2.5 8z" />,
  switch: (
    <>
      <path d="M2.5 8h3" />
      <path d="M5.5 8 9 4h4.5M5.5 8h8M5.5 8 9 12h4.5" />
    </>
  ),
  note: <path d="M4 2.5h6l2.5 2.5v8.5H4zM6 7h5M6 9.5h5M6 12h3" />,
  variable: <path d="M5.5 3C4 3 4 4 4 5.5S3.5 8 2.5 8c1 0 1.5.5 1.5 2.5S4 13 5.5 13M10.5 3c1.5 0 1.5 1 1.5 2.5s.5 2.5 1.5 2.5c-1 0-1.5.5-1.5 2.5s0 2.5-1.5 2.5M6.5 6l3 4M9.5 6l-3 4" />,
  clock: (
    <>
      <circle cx="8" cy="8" r="5.5" />
      <path d="M8 5v3l2 1.5" />
    </>
  ),
};

const fallback = <path d="M8 3.5 12.5 8 8 12.5 3.5 8z" />;

/** The icon a descriptor names (`icon`), or a plain diamond for names this designer does not draw yet. */
export function ActivityIcon({ name, size = 16 }: { name: string | null | undefined; size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      {(name && paths[name]) || fallback}
    </svg>
  );
}
