/** The windows the dashboard offers; the server allows up to seven days. */
export const timeRanges = [
  { id: '6h', label: 'Last 6 hours', hours: 6 },
  { id: '24h', label: 'Last 24 hours', hours: 24 },
  { id: '3d', label: 'Last 3 days', hours: 72 },
  { id: '7d', label: 'Last 7 days', hours: 168 },
] as const;

export type TimeRangeId = (typeof timeRanges)[number]['id'];

export const defaultRange: TimeRangeId = '24h';

export const findRange = (id: string | null) => timeRanges.find((r) => r.id === id) ?? timeRanges[1];

/** The window ending now; computed at fetch time so a refetch moves it along. */
export function windowFor(id: TimeRangeId, now = new Date()): { from: string; to: string } {
  const range = findRange(id);
  return { from: new Date(now.getTime() - range.hours * 3_600_000).toISOString(), to: now.toISOString() };
}
