import { useDeferredValue } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Pager, EmptyState, ErrorState, SelectField, Spinner, TextField } from '@/components';
import { formatDateTime } from '@/lib/format';
import type { DeadLetterError, DeadLetterStatus } from '@/types/dead-letter';
import { useDeadLetters } from '../api/get-dead-letters';
import { describeError } from '../lib/describe-error';
import { DeadLetterStatusBadge } from './dead-letter-status-badge';

const pageSize = 25;

/** The latest failure by attempt number, whatever order the list comes in. */
const lastError = (errors: DeadLetterError[]) => errors.reduce<DeadLetterError | undefined>((last, e) => (!last || e.attempt > last.attempt ? e : last), undefined)?.error;

/** The dead-letter queue: what needs an operator first (pending), filterable by status and workflow. */
export function DeadLettersPage() {
  const [params, setParams] = useSearchParams();
  // Pending is what needs a decision, so it is the default; `status=` (empty) shows every status.
  const status = (params.get('status') ?? 'pending') as DeadLetterStatus | '';
  const definitionId = params.get('definitionId') ?? '';
  const page = Number(params.get('page') ?? '1') || 1;
  const filters = useDeferredValue({ status, definitionId });
  const letters = useDeadLetters({ ...filters, page, pageSize });
  const update = (patch: Record<string, string>) => setParams((p) => ({ ...Object.fromEntries(p), page: '1', ...patch }), { replace: true });
  const total = letters.data?.totalCount ?? 0;
  const pages = Math.max(1, Math.ceil(total / pageSize));

  return (
    <div className="page">
      <header className="page__header">
        <h1>Dead letters</h1>
      </header>
      <p className="muted">Work a Queue Retry gave up on after its last attempt. Replay runs the failed step again; discard drops the work.</p>
      <div className="toolbar" role="search" aria-label="Filter dead letters">
        <SelectField label="Status" value={status} onChange={(e) => update({ status: e.target.value })}>
          <option value="">Any</option>
          <option value="pending">Pending</option>
          <option value="replayed">Replayed</option>
          <option value="discarded">Discarded</option>
        </SelectField>
        <TextField label="Workflow id" className="mono" value={definitionId} onChange={(e) => update({ definitionId: e.target.value })} />
      </div>
      {letters.isPending ? (
        <Spinner label="Loading dead letters…" />
      ) : letters.isError ? (
        <ErrorState error={letters.error} onRetry={() => letters.refetch()} />
      ) : letters.data.items.length === 0 ? (
        <EmptyState title={status === 'pending' ? 'Nothing waits for a decision' : 'No dead letters'}>
          <p className="muted">A dead letter appears when a Queue Retry runs out of attempts.</p>
        </EmptyState>
      ) : (
        <>
          <table className="table" aria-label="Dead letters">
            <thead>
              <tr>
                <th scope="col">Dead letter</th>
                <th scope="col">Workflow</th>
                <th scope="col">Failed step</th>
                <th scope="col">Attempts</th>
                <th scope="col">Last error</th>
                <th scope="col">Status</th>
                <th scope="col">Dead-lettered</th>
              </tr>
            </thead>
            <tbody>
              {letters.data.items.map((letter) => (
                <tr key={letter.id} data-testid={`dead-letter-${letter.id}`}>
                  <td>
                    {/* The whole id is the link's text (its accessible name); CSS shortens what is shown. */}
                    <Link to={`/dead-letters/${encodeURIComponent(letter.id)}`} className="mono truncate" title={letter.id}>
                      {letter.id}
                    </Link>
                  </td>
                  <td>
                    {letter.definitionId} <span className="muted">v{letter.definitionVersion}</span>
                  </td>
                  <td className="mono">{letter.retriedNodeId ?? letter.nodeId}</td>
                  <td>{letter.errors.length}</td>
                  <td className="cell-clip">{describeError(lastError(letter.errors), 80)}</td>
                  <td>
                    <DeadLetterStatusBadge status={letter.status} />
                  </td>
                  <td>{formatDateTime(letter.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager page={page} pages={pages} total={total} noun="dead letters" onPage={(next) => setParams((p) => ({ ...Object.fromEntries(p), page: String(next) }))} />
        </>
      )}
    </div>
  );
}
