import type { ReactNode } from 'react';

// Line icons drawn for HealthFlows on a 16x16 grid: no icon font or file is fetched.
// Keys are the names activities give in [Activity(Icon = ...)]; a test checks every one has a drawing.
export const activityIconPaths: Readonly<Record<string, ReactNode>> = {
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
  // An HL7 v2 message: one segment per line, fields split by pipes.
  hl7: (
    <>
      <rect x="2.5" y="3" width="11" height="10" rx="1" />
      <path d="M2.5 6.5h11M2.5 9.5h11M6 3v10M10 6.5v6.5" />
    </>
  ),
  // FHIR's own mark is a flame.
  fhir: <path d="M8 14c-2.4 0-4-1.6-4-3.8 0-2.6 2.4-3.8 2.6-7.2 1.9 1.2 2.9 3 2.9 4.8.7-.5 1.1-1.3 1.2-2.3 1.3 1.2 1.3 2.7 1.3 4.7 0 2.2-1.6 3.8-4 3.8z" />,
  // The ERP: a ledger with booked lines.
  erp: (
    <>
      <path d="M3.5 3.5a1 1 0 0 1 1-1h8v11h-8a1 1 0 0 1-1-1z" />
      <path d="M3.5 12.5a1 1 0 0 1 1-1h8M6 5.5h4.5M6 8h4.5" />
    </>
  ),
  // An answer going back to the caller.
  reply: <path d="M6.5 4 3 7.5 6.5 11M3 7.5h6.5a3.5 3.5 0 0 1 3.5 3.5v1.5" />,
  // Spares for triggers still being built (a schedule, a listening port, an outside endpoint).
  calendar: (
    <>
      <rect x="2.5" y="3.5" width="11" height="10" rx="1" />
      <path d="M2.5 6.5h11M5.5 2v3M10.5 2v3M5.5 9h1M9.5 9h1M5.5 11h1" />
    </>
  ),
  plug: <path d="M6 2.5v3M10 2.5v3M4.5 5.5h7v2a3.5 3.5 0 0 1-7 0zM8 11v2.5" />,
  globe: (
    <>
      <circle cx="8" cy="8" r="5.5" />
      <path d="M2.5 8h11M8 2.5c-2 2-2 9 0 11M8 2.5c2 2 2 9 0 11" />
    </>
  ),
};
