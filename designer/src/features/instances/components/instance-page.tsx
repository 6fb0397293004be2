import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { Button, ConfirmDialog, ErrorState, Spinner, notify } from '@/components';
import { usePermission } from '@/features/auth';
import { errorMessage } from '@/lib/api-error';
import type { WorkflowInstance } from '@/types/instance';
import { formatDateTime, formatDuration, formatJson } from '@/lib/format';
import { useCancelInstance } from '../api/cancel-instance';
import { useInstance } from '../api/get-instance';
import { useRetryInstance } from '../api/retry-instance';
import { InstanceStatusBadge } from './instance-status-badge';
import { StepPayload } from './step-payload';

export interface InstancePageProps {
  /** Draws the version the instance ran with its path; the app passes the editor's diagram in. */
  diagram?: (instance: WorkflowInstance) => ReactNode;
}

export function InstancePage({ diagram }: InstancePageProps) {
  const { instanceId = '' } = useParams();
  const instance = useInstance(instanceId);
  const cancel = useCancelInstance();
  const retry = useRetryInstance();
  const [confirmCancel, setConfirmCancel] = useState(false);
  const canRevealPhi = usePermission('viewPhi');

  if (instance.isPending) return <Spinner label="Loading the instance…" />;
  if (instance.isError) return <ErrorState error={instance.error} onRetry={() => instance.refetch()} />;
  const data = instance.data;
  const journal = [...(data.journal ?? [])].sort((a, b) => a.sequence - b.sequence);
  const canCancel = data.status === 'Running' || data.status === 'Suspended';
  const canRetry = data.subStatus === 'Faulted';

  return (
    <div className="page">
      <header className="page__header">
        <div>
          <Link to="/instances" className="link-button">
            ← Instances
          </Link>
          <h1>
            {data.name ?? data.definitionId} <span className="muted">v{data.version}</span>
          </h1>
          <p className="muted mono">{data.id}</p>
        </div>
        <div className="spacer" />
        <InstanceStatusBadge status={data.status} subStatus={data.subStatus} />
        <Link className="btn btn--secondary btn--md" to={`/workflows/${encodeURIComponent(data.definitionId)}?instance=${encodeURIComponent(data.id)}`}>
          Show path in the designer
        </Link>
        {canRetry ? (
          <Button
            variant="primary"
            busy={retry.isPending}
            onClick={() =>
              retry.mutate(data.id, {
                onSuccess: () => notify('The instance runs again from its faulted node.', 'success'),
                onError: (error) => notify(`Retry failed: ${errorMessage(error)}`, 'error'),
              })
            }
          >
            Retry
          </Button>
        ) : null}
        {canCancel ? (
          <Button variant="danger" onClick={() => setConfirmCancel(true)}>
            Cancel instance
          </Button>
        ) : null}
      </header>

      <dl className="facts">
        <dt>Started</dt>
        <dd>{formatDateTime(data.createdAt)}</dd>
        <dt>Last change</dt>
        <dd>{formatDateTime(data.updatedAt)}</dd>
        <dt>Finished</dt>
        <dd>{formatDateTime(data.finishedAt)}</dd>
        <dt>Correlation id</dt>
        <dd className="mono">{data.correlationId ?? '—'}</dd>
      </dl>

      {diagram ? (
        <section className="card stack" aria-labelledby="path-title">
          <h2 id="path-title">Path taken</h2>
          {diagram(data)}
        </section>
      ) : null}

      <div className="columns">
        <section className="card stack" aria-labelledby="journal-title">
          <h2 id="journal-title">Journal</h2>
          {journal.length === 0 ? (
            <p className="muted">Nothing has run yet.</p>
          ) : (
            <ol className="timeline" aria-label="Journal">
              {journal.map((entry) => (
                <li key={entry.sequence} className={`timeline__item timeline__item--${entry.event.toLowerCase()}`}>
                  <div className="row">
                    <strong>{entry.nodeId}</strong>
                    <span className="muted">{entry.activityType}</span>
                    <span>{entry.event}</span>
                    {entry.outcomes?.length ? <span>→ {entry.outcomes.join(', ')}</span> : null}
                    <span className="spacer" />
                    <span className="muted">
                      {formatDateTime(entry.startedAt)} · {formatDuration(entry.durationMs)}
                    </span>
                  </div>
                  {entry.message ? <div className="muted">{entry.message}</div> : null}
                  <StepPayload instanceId={data.id} entry={entry} canReveal={canRevealPhi} />
                </li>
              ))}
            </ol>
          )}
        </section>
        <div className="stack">
          <section className="card stack" aria-labelledby="incidents-title">
            <h2 id="incidents-title">Incidents</h2>
            {(data.incidents ?? []).length === 0 ? (
              <p className="muted">None.</p>
            ) : (
              <ul className="stack">
                {(data.incidents ?? []).map((incident) => (
                  <li key={incident.id} className="incident">
                    <strong>{incident.nodeId}</strong> <span className="muted">{incident.activityType}</span>
                    <div>{incident.message}</div>
                    <div className="muted">
                      {incident.exceptionType} · {formatDateTime(incident.timestamp)}
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="card stack" aria-labelledby="variables-title">
            <h2 id="variables-title">Variables</h2>
            {data.variables && Object.keys(data.variables).length ? <pre className="code-block" tabIndex={0}>{formatJson(data.variables)}</pre> : <p className="muted">None.</p>}
          </section>
          <section className="card stack" aria-labelledby="io-title">
            <h2 id="io-title">Input and output</h2>
            <h3>Input</h3>
            <pre className="code-block" tabIndex={0}>{formatJson(data.input ?? null)}</pre>
            <h3>Output</h3>
            <pre className="code-block" tabIndex={0}>{formatJson(data.output ?? null)}</pre>
          </section>
          {(data.bookmarks ?? []).length ? (
            <section className="card stack" aria-labelledby="bookmarks-title">
              <h2 id="bookmarks-title">Waiting on</h2>
              <ul>
                {(data.bookmarks ?? []).map((b) => (
                  <li key={b.id}>
                    {b.nodeId} ({b.activityType}){b.resumeAt ? ` until ${formatDateTime(b.resumeAt)}` : ''}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
      </div>

      <ConfirmDialog
        open={confirmCancel}
        title="Cancel this instance?"
        confirmLabel="Cancel instance"
        danger
        busy={cancel.isPending}
        onCancel={() => setConfirmCancel(false)}
        onConfirm={() =>
          cancel.mutate(data.id, {
            onSuccess: () => {
              setConfirmCancel(false);
              notify('The instance was cancelled.', 'success');
            },
            onError: (error) => notify(`Cancel failed: ${errorMessage(error)}`, 'error'),
          })
        }
      >
        <p>Its open branches and bookmarks are dropped; it ends as Cancelled.</p>
      </ConfirmDialog>
    </div>
  );
}
