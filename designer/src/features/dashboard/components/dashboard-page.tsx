import { Link, useSearchParams } from 'react-router';
import { EmptyState, ErrorState, SelectField, Spinner } from '@/components';
import { formatDateTime, formatDuration } from '@/lib/format';
import { useDashboard } from '../api/get-dashboard';
import { age, hourTick, instancesSummary } from '../lib/describe';
import { findRange, timeRanges } from '../lib/time-ranges';
import type { Dashboard, StepDuration } from '../types';
import { HorizontalBarChart } from './charts/horizontal-bar-chart';
import { RatioRing } from './charts/ratio-ring';
import { StackedBarChart, type ChartSeries } from './charts/stacked-bar-chart';

const statusSeries: ChartSeries[] = [
  { key: 'completed', label: 'Completed', tone: 'success' },
  { key: 'faulted', label: 'Faulted', tone: 'danger' },
  { key: 'cancelled', label: 'Cancelled', tone: 'neutral' },
  { key: 'suspended', label: 'Suspended', tone: 'warning' },
  { key: 'running', label: 'Running', tone: 'info' },
];

/** Operations at a glance, in pictures: instances per hour by status, failure rate, dead letters, the oldest wait, the slowest steps. */
export function DashboardPage() {
  const [params, setParams] = useSearchParams();
  const range = findRange(params.get('range'));
  const dashboard = useDashboard(range.id);

  return (
    <div className="page">
      <header className="page__header">
        <h1>Dashboard</h1>
        <span className="spacer" />
        <SelectField label="Time range" value={range.id} onChange={(e) => setParams({ range: e.target.value }, { replace: true })}>
          {timeRanges.map((r) => (
            <option key={r.id} value={r.id}>
              {r.label}
            </option>
          ))}
        </SelectField>
      </header>
      {dashboard.isPending ? (
        <Spinner label="Loading the dashboard…" />
      ) : dashboard.isError ? (
        <ErrorState error={dashboard.error} onRetry={() => dashboard.refetch()} />
      ) : (
        <DashboardView data={dashboard.data} />
      )}
    </div>
  );
}

function slowestSummary([slowest]: StepDuration[]): string {
  return slowest ? `Slowest: ${slowest.definitionId} ${slowest.nodeId}, ${formatDuration(slowest.averageMs)} on average over ${slowest.runs} runs.` : '';
}

function DashboardView({ data }: { data: Dashboard }) {
  // A 24-hour window that does not start on the hour spans 25 hourly bars: still one day for the labels.
  const multiDay = data.hours.length > 25;
  const failed = data.totals.faulted;
  return (
    <div className="stack">
      <p className="muted">
        {formatDateTime(data.from)} – {formatDateTime(data.to)}
      </p>
      <div className="tiles">
        <section className="card tile" aria-labelledby="tile-started">
          <h2 id="tile-started">Instances started</h2>
          <p className="tile__figure">{data.totals.started}</p>
          <Link to="/instances">See the instances</Link>
        </section>
        <section className="card tile" aria-labelledby="tile-failure">
          <h2 id="tile-failure">Failure rate</h2>
          <RatioRing label="Failure rate" ratio={data.failureRate} tone="danger" emptyText="nothing has ended yet" />
          <p className="muted">
            {data.failureRate === null ? 'Nothing has completed or faulted yet.' : `${failed} faulted of ${data.totals.completed + failed} ended`}
          </p>
        </section>
        <section className="card tile" aria-labelledby="tile-dead-letters">
          <h2 id="tile-dead-letters">Dead letters</h2>
          <p className={`tile__figure${data.deadLetters.pending ? ' tile__figure--alert' : ''}`}>{data.deadLetters.pending}</p>
          <p className="muted">waiting for a decision · {data.deadLetters.inRange} in this window</p>
          <Link to="/dead-letters">Open the queue</Link>
        </section>
        <section className="card tile" aria-labelledby="tile-suspended">
          <h2 id="tile-suspended">Oldest suspended</h2>
          {data.oldestSuspended ? (
            <>
              <p className="tile__figure tile__figure--text">{age(data.oldestSuspended.createdAt)}</p>
              <Link to={`/instances/${encodeURIComponent(data.oldestSuspended.id)}`} data-testid="oldest-suspended">
                {data.oldestSuspended.name ?? data.oldestSuspended.definitionId} v{data.oldestSuspended.version}
              </Link>
              <p className="muted">
                started {formatDateTime(data.oldestSuspended.createdAt)} · {data.suspendedCount} suspended in all
              </p>
            </>
          ) : (
            <p className="muted">No instance is suspended.</p>
          )}
        </section>
      </div>
      <section className="card stack" aria-labelledby="chart-hours">
        <h2 id="chart-hours">Instances per hour by status</h2>
        {data.totals.started === 0 ? (
          <EmptyState title="No instance started in this window" />
        ) : (
          <StackedBarChart
            title="Instances per hour by status"
            summary={instancesSummary(data)}
            series={statusSeries}
            data={data.hours.map((h) => ({
              label: formatDateTime(h.start),
              tick: hourTick(h.start, multiDay),
              values: { completed: h.completed, faulted: h.faulted, cancelled: h.cancelled, suspended: h.suspended, running: h.running },
            }))}
          />
        )}
      </section>
      <section className="card stack" aria-labelledby="chart-steps">
        <h2 id="chart-steps">Slowest steps</h2>
        {data.slowestSteps.length === 0 ? (
          <EmptyState title="No step ran in this window" />
        ) : (
          <HorizontalBarChart
            title="Slowest steps by average duration"
            valueHeader="Average"
            summary={slowestSummary(data.slowestSteps)}
            data={data.slowestSteps.map((s) => ({
              key: `${s.definitionId}/${s.nodeId}`,
              label: `${s.definitionId} › ${s.nodeId}`,
              value: s.averageMs,
              valueText: formatDuration(s.averageMs),
              detail: `${s.activityType}, ${s.runs} runs, longest ${formatDuration(s.maxMs)}`,
            }))}
          />
        )}
      </section>
    </div>
  );
}
