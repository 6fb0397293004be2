import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Button, ConfirmDialog, ErrorState, Spinner, notify } from '@/components';
import { errorMessage, isApiError } from '@/lib/api-error';
import { formatDateTime, formatJson } from '@/lib/format';
import { useDecideDeadLetter, type DeadLetterAction } from '../api/decide-dead-letter';
import { useDeadLetter } from '../api/get-dead-letter';
import { describeError } from '../lib/describe-error';
import { DeadLetterStatusBadge } from './dead-letter-status-badge';

const confirmations = {
  replay: {
    title: 'Replay this dead letter?',
    label: 'Replay',
    text: 'The failed step runs again now, with a fresh retry schedule. If it fails again, it is retried and can end up here as a new dead letter.',
  },
  discard: {
    title: 'Discard this dead letter?',
    label: 'Discard',
    text: 'The work is dropped: the Queue Retry follows its Discarded outcome and the step does not run again.',
  },
} as const;

/** A 409 means the decision was taken already (here or elsewhere) or the instance no longer waits: say so plainly. */
function conflictMessage(error: unknown, action: DeadLetterAction): string {
  const verb = action === 'replay' ? 'replayed' : 'discarded';
  const reason = isApiError(error) && error.problem.detail ? ` The server says: ${error.problem.detail}` : '';
  return `This dead letter cannot be ${verb} any more: it was already decided, or its instance no longer waits for it.${reason}`;
}

/** One dead letter: where it came from, every failed attempt, its payload, and the decision to replay or discard it. */
export function DeadLetterPage() {
  const { deadLetterId = '' } = useParams();
  const letter = useDeadLetter(deadLetterId);
  const decide = useDecideDeadLetter();
  const [asking, setAsking] = useState<DeadLetterAction | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);

  if (letter.isPending) return <Spinner label="Loading the dead letter…" />;
  if (letter.isError) return <ErrorState error={letter.error} onRetry={() => letter.refetch()} />;
  const data = letter.data;
  const pending = data.status === 'pending';
  const errors = [...data.errors].sort((a, b) => a.attempt - b.attempt);

  const run = (action: DeadLetterAction) =>
    decide.mutate(
      { id: data.id, action },
      {
        onSuccess: () => {
          setAsking(null);
          setConflict(null);
          notify(action === 'replay' ? 'Replayed: the failed step runs again.' : 'Discarded: the work was dropped.', 'success');
        },
        onError: (error) => {
          setAsking(null);
          if (isApiError(error) && error.status === 409) setConflict(conflictMessage(error, action));
          else notify(`${confirmations[action].label} failed: ${errorMessage(error)}`, 'error');
        },
      },
    );

  return (
    <div className="page">
      <header className="page__header">
        <div>
          <Link to="/dead-letters" className="link-button">
            ← Dead letters
          </Link>
          <h1>
            Dead letter of {data.definitionId} <span className="muted">v{data.definitionVersion}</span>
          </h1>
          <p className="muted mono">{data.id}</p>
        </div>
        <div className="spacer" />
        <DeadLetterStatusBadge status={data.status} />
        {pending ? (
          <>
            <Button variant="primary" onClick={() => setAsking('replay')}>
              Replay
            </Button>
            <Button variant="danger" onClick={() => setAsking('discard')}>
              Discard
            </Button>
          </>
        ) : null}
      </header>

      {conflict ? (
        <div className="callout callout--danger" role="alert">
          <p>{conflict}</p>
          <Button size="sm" onClick={() => setConflict(null)}>
            Dismiss
          </Button>
        </div>
      ) : null}

      <dl className="facts">
        <dt>Instance</dt>
        <dd>
          <Link to={`/instances/${encodeURIComponent(data.instanceId)}`} className="mono">
            {data.instanceId}
          </Link>
        </dd>
        <dt>Workflow</dt>
        <dd>
          <Link to={`/workflows/${encodeURIComponent(data.definitionId)}`}>{data.definitionId}</Link> <span className="muted">v{data.definitionVersion}</span>
        </dd>
        <dt>Failed step</dt>
        <dd className="mono">{data.retriedNodeId ?? '—'}</dd>
        <dt>Queue Retry node</dt>
        <dd className="mono">{data.nodeId}</dd>
        <dt>Dead-lettered</dt>
        <dd>{formatDateTime(data.createdAt)}</dd>
        <dt>Decided</dt>
        <dd>{formatDateTime(data.resolvedAt)}</dd>
      </dl>

      <section className="card stack" aria-labelledby="attempts-title">
        <h2 id="attempts-title">Error history</h2>
        {errors.length === 0 ? (
          <p className="muted">No failure was recorded.</p>
        ) : (
          <ol className="timeline" aria-label="Failed attempts">
            {errors.map((entry) => (
              <li key={entry.attempt} className="timeline__item timeline__item--faulted">
                <div className="row">
                  <strong>Attempt {entry.attempt}</strong>
                  <span>{describeError(entry.error)}</span>
                  <span className="spacer" />
                  <span className="muted">{formatDateTime(entry.at)}</span>
                </div>
                {entry.error !== null && typeof entry.error === 'object' ? (
                  <details>
                    <summary>The recorded error</summary>
                    <pre className="code-block" tabIndex={0}>{formatJson(entry.error)}</pre>
                  </details>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </section>

      <section className="card stack" aria-labelledby="payload-title">
        <h2 id="payload-title">Payload</h2>
        {data.payload === undefined || data.payload === null ? (
          <p className="muted">The Queue Retry kept no payload.</p>
        ) : (
          <details data-testid="dead-letter-payload">
            <summary>Show the payload (the work’s context, e.g. the source message)</summary>
            <pre className="code-block" tabIndex={0}>{formatJson(data.payload)}</pre>
          </details>
        )}
      </section>

      {asking ? (
        <ConfirmDialog
          open
          title={confirmations[asking].title}
          confirmLabel={confirmations[asking].label}
          danger={asking === 'discard'}
          busy={decide.isPending}
          onCancel={() => setAsking(null)}
          onConfirm={() => run(asking)}
        >
          <p>{confirmations[asking].text}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
