import { useDeferredValue } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Pager, Button, EmptyState, ErrorState, SelectField, Spinner, TextField } from '@/components';
import { formatDateTime, formatJson } from '@/lib/format';
import { useAuditEntries } from '../api/get-audit-entries';
import { auditTargetLink } from '../lib/audit-target-link';
import { auditActions, auditTargetTypes, localToIso } from '../lib/audit-vocabulary';
import type { AuditEntry } from '../types';
import { VerifyChain } from './verify-chain';

const pageSize = 25;
const filterNames = ['actor', 'action', 'targetType', 'targetId', 'from', 'to'] as const;

const actorText = (actor: AuditEntry['actor']) => `${actor.name ?? actor.id}`;

/** The target's type and id, the id linking to where the target is shown when it has a page. */
function AuditTarget({ entry }: { entry: AuditEntry }) {
  const link = auditTargetLink(entry);
  return (
    <>
      {entry.target.type}
      {entry.target.id ? (
        <div className="mono cell-clip">
          {link ? (
            <Link to={link.to} title={link.label}>
              {entry.target.id}
              {/* The name starts with the visible id (WCAG 2.5.3) and says where the link goes. */}
              <span className="visually-hidden">: {link.label}</span>
            </Link>
          ) : (
            entry.target.id
          )}
        </div>
      ) : null}
    </>
  );
}

/** The audit trail, newest first: who changed what, when and from where; filters live in the address, so a view can be shared. */
export function AuditPage() {
  const [params, setParams] = useSearchParams();
  const value = (name: (typeof filterNames)[number]) => params.get(name) ?? '';
  const page = Number(params.get('page') ?? '1') || 1;
  const filters = useDeferredValue({
    actor: value('actor').trim(),
    action: value('action'),
    targetType: value('targetType'),
    targetId: value('targetId').trim(),
    from: localToIso(value('from')),
    to: localToIso(value('to')),
  });
  const entries = useAuditEntries({ ...filters, page, pageSize });
  const update = (patch: Record<string, string>) => setParams((p) => ({ ...Object.fromEntries(p), page: '1', ...patch }), { replace: true });
  const goTo = (next: number) => setParams((p) => ({ ...Object.fromEntries(p), page: String(next) }));
  const total = entries.data?.totalCount ?? 0;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const filtered = filterNames.some((name) => value(name));

  return (
    <div className="page">
      <header className="page__header">
        <h1>Audit trail</h1>
      </header>
      <p className="muted">Every change made through the API, every sign-in and every reveal of patient data, in a hash chain that shows any edit or deletion.</p>
      <VerifyChain />
      <div className="toolbar" role="search" aria-label="Filter audit entries">
        <TextField label="Actor" value={value('actor')} onChange={(e) => update({ actor: e.target.value })} hint="Name or id" />
        <SelectField label="Action" value={value('action')} onChange={(e) => update({ action: e.target.value })}>
          <option value="">Any</option>
          {auditActions.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </SelectField>
        <SelectField label="Target type" value={value('targetType')} onChange={(e) => update({ targetType: e.target.value })}>
          <option value="">Any</option>
          {auditTargetTypes.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </SelectField>
        <TextField label="Target id" className="mono" value={value('targetId')} onChange={(e) => update({ targetId: e.target.value })} />
        <TextField label="From" type="datetime-local" value={value('from')} onChange={(e) => update({ from: e.target.value })} />
        <TextField label="To" type="datetime-local" value={value('to')} onChange={(e) => update({ to: e.target.value })} />
        {filtered ? (
          <Button size="sm" onClick={() => setParams({}, { replace: true })}>
            Clear filters
          </Button>
        ) : null}
      </div>
      {entries.isPending ? (
        <Spinner label="Loading the audit trail…" />
      ) : entries.isError ? (
        <ErrorState error={entries.error} onRetry={() => entries.refetch()} />
      ) : entries.data.items.length === 0 ? (
        <EmptyState title={filtered ? 'No entry matches these filters' : 'Nothing has been recorded yet'} />
      ) : (
        <>
          <table className="table" aria-label="Audit entries">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">Action</th>
                <th scope="col">Target</th>
                <th scope="col">From</th>
                <th scope="col">Summary</th>
              </tr>
            </thead>
            <tbody>
              {entries.data.items.map((entry) => (
                <tr key={entry.sequence} data-testid={`audit-${entry.sequence}`}>
                  <td className="mono">{entry.sequence}</td>
                  <td>{formatDateTime(entry.occurredAt)}</td>
                  <td>
                    {actorText(entry.actor)} <span className="muted">({entry.actor.kind})</span>
                  </td>
                  <td className="mono">{entry.action}</td>
                  <td>
                    <AuditTarget entry={entry} />
                  </td>
                  <td className="mono">{entry.remoteAddress ?? '—'}</td>
                  <td className="cell-clip">
                    {entry.summary === undefined || entry.summary === null ? (
                      '—'
                    ) : (
                      <details>
                        <summary>Before and after</summary>
                        <pre className="code-block">{formatJson(entry.summary)}</pre>
                      </details>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager page={page} pages={pages} total={total} noun="entries" onPage={goTo} />
        </>
      )}
    </div>
  );
}
