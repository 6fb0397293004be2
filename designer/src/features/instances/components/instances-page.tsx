import { useDeferredValue, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Pager, EmptyState, ErrorState, SelectField, Spinner, TextField } from '@/components';
import { formatDateTime } from '@/lib/format';
import type { InstanceStatus, InstanceSubStatus } from '@/types/instance';
import { useInstances } from '../api/get-instances';
import { InstanceStatusBadge } from './instance-status-badge';

const pageSize = 25;
const toIso = (local: string) => (local ? new Date(local).toISOString() : undefined);

export function InstancesPage() {
  const [params, setParams] = useSearchParams();
  const [definitionId, setDefinitionId] = useState(params.get('definitionId') ?? '');
  const [version, setVersion] = useState(params.get('version') ?? '');
  const [status, setStatus] = useState<InstanceStatus | ''>('');
  const [subStatus, setSubStatus] = useState<InstanceSubStatus | ''>('');
  const [correlationId, setCorrelationId] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const page = Number(params.get('page') ?? '1') || 1;
  const filters = useDeferredValue({ definitionId, version: version ? Number(version) : undefined, status, subStatus, correlationId, from: toIso(from), to: toIso(to) });
  const instances = useInstances({ ...filters, page, pageSize });
  const setPage = (next: number) => setParams((p) => ({ ...Object.fromEntries(p), page: String(next) }));
  const total = instances.data?.totalCount ?? 0;
  const pages = Math.max(1, Math.ceil(total / pageSize));

  return (
    <div className="page">
      <header className="page__header">
        <h1>Instances</h1>
      </header>
      <div className="toolbar" role="search" aria-label="Filter instances">
        <TextField label="Workflow id" value={definitionId} onChange={(e) => setDefinitionId(e.target.value)} className="mono" />
        <TextField label="Version" type="number" min={1} value={version} onChange={(e) => setVersion(e.target.value)} />
        <SelectField label="Status" value={status} onChange={(e) => setStatus(e.target.value as InstanceStatus | '')}>
          <option value="">Any</option>
          <option>Running</option>
          <option>Suspended</option>
          <option>Finished</option>
        </SelectField>
        <SelectField label="Outcome" value={subStatus} onChange={(e) => setSubStatus(e.target.value as InstanceSubStatus | '')}>
          <option value="">Any</option>
          <option>Executing</option>
          <option>Suspended</option>
          <option>Completed</option>
          <option>Faulted</option>
          <option>Cancelled</option>
        </SelectField>
        <TextField label="Correlation id" value={correlationId} onChange={(e) => setCorrelationId(e.target.value)} />
        <TextField label="From" type="datetime-local" value={from} onChange={(e) => setFrom(e.target.value)} />
        <TextField label="To" type="datetime-local" value={to} onChange={(e) => setTo(e.target.value)} />
      </div>
      {instances.isPending ? (
        <Spinner label="Loading instances…" />
      ) : instances.isError ? (
        <ErrorState error={instances.error} onRetry={() => instances.refetch()} />
      ) : instances.data.items.length === 0 ? (
        <EmptyState title="No instances">
          <p className="muted">Instances appear here when a workflow runs: from a trigger, or a test run in the designer.</p>
        </EmptyState>
      ) : (
        <>
          <table className="table" aria-label="Instances">
            <thead>
              <tr>
                <th scope="col">Instance</th>
                <th scope="col">Workflow</th>
                <th scope="col">Status</th>
                <th scope="col">Correlation id</th>
                <th scope="col">Started</th>
                <th scope="col">Finished</th>
                <th scope="col">Incidents</th>
              </tr>
            </thead>
            <tbody>
              {instances.data.items.map((instance) => (
                <tr key={instance.id}>
                  <td>
                    <Link to={`/instances/${encodeURIComponent(instance.id)}`} className="mono">
                      {instance.id.slice(0, 12)}
                    </Link>
                  </td>
                  <td>
                    {instance.name ?? instance.definitionId} <span className="muted">v{instance.version}</span>
                  </td>
                  <td>
                    <InstanceStatusBadge status={instance.status} subStatus={instance.subStatus} />
                  </td>
                  <td className="mono">{instance.correlationId ?? '—'}</td>
                  <td>{formatDateTime(instance.createdAt)}</td>
                  <td>{formatDateTime(instance.finishedAt)}</td>
                  <td>{instance.incidentCount || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager page={page} pages={pages} total={total} noun="instances" onPage={setPage} />
        </>
      )}
    </div>
  );
}
