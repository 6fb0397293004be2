import type { Dashboard } from '../types';

const hourFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const dayHourFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', hour: '2-digit', minute: '2-digit' });

/** The axis label of an hour: the time, with the weekday when the window spans days. */
export const hourTick = (iso: string, multiDay: boolean) => (multiDay ? dayHourFormat : hourFormat).format(new Date(iso));

/** How long ago, in the largest whole unit: "3 days", "5 hours", "12 minutes". */
export function age(iso: string, now = Date.now()): string {
  const minutes = Math.max(0, Math.floor((now - new Date(iso).getTime()) / 60_000));
  const [value, unit] = minutes >= 2880 ? [Math.floor(minutes / 1440), 'day'] : minutes >= 120 ? [Math.floor(minutes / 60), 'hour'] : [minutes, 'minute'];
  return `${value} ${unit}${value === 1 ? '' : 's'}`;
}

/** The sentence that names the hourly chart for a screen reader. */
export function instancesSummary(d: Dashboard): string {
  const t = d.totals;
  if (t.started === 0) return 'No instance started in this window.';
  const busiest = d.hours.reduce((best, h) => {
    const total = h.running + h.suspended + h.completed + h.faulted + h.cancelled;
    return total > best.total ? { total, start: h.start } : best;
  }, { total: 0, start: d.hours[0]?.start ?? d.from });
  return `${t.started} started: ${t.completed} completed, ${t.faulted} faulted, ${t.cancelled} cancelled, ${t.suspended} suspended, ${t.running} running. Busiest hour ${hourTick(busiest.start, true)} with ${busiest.total}.`;
}
