import { useDeferredValue, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Pager, Badge, Button, ConfirmDialog, EmptyState, ErrorState, SelectField, Spinner, TextField, notify } from '@/components';
import { errorMessage } from '@/lib/api-error';
import { formatDateTime } from '@/lib/format';
import type { CostCenter } from '@/types/cost-center';
import { useDeleteCostCenter } from '../api/delete-cost-center';
import { useCostCenters } from '../api/get-cost-centers';
import { CostCenterDialog } from './cost-center-dialog';
import { CsvImportDialog } from './csv-import-dialog';

const pageSize = 25;
const period = (center: CostCenter) => (center.effectiveFrom || center.effectiveTo ? `${center.effectiveFrom ?? '…'} – ${center.effectiveTo ?? '…'}` : 'Open');

/** Cost centers: search by code or name, filter by active, page; create, edit, delete, import a CSV. */
export function CostCenterTable() {
  // A link from elsewhere (an audit entry) may name a cost center: `?search=<code>`.
  const [params] = useSearchParams();
  const [search, setSearch] = useState(() => params.get('search') ?? '');
  const [active, setActive] = useState<'' | 'true' | 'false'>('');
  const [page, setPage] = useState(1);
  const [dialog, setDialog] = useState<{ kind: 'edit'; center: CostCenter | null } | { kind: 'import' } | { kind: 'delete'; center: CostCenter } | null>(null);
  const filters = useDeferredValue({ search: search.trim(), active: active === '' ? undefined : active === 'true' });
  const centers = useCostCenters({ ...filters, page, pageSize });
  const remove = useDeleteCostCenter();
  const total = centers.data?.totalCount ?? 0;
  const pages = Math.max(1, Math.ceil(total / pageSize));

  return (
    <div className="stack">
      <div className="toolbar">
        <div className="toolbar" role="search" aria-label="Filter cost centers">
          <TextField label="Search code or name" type="search" value={search} onChange={(e) => {
              setSearch(e.target.value);
              setPage(1);
            }} />
          <SelectField label="Active" value={active} onChange={(e) => {
              setActive(e.target.value as '' | 'true' | 'false');
              setPage(1);
            }}>
            <option value="">Any</option>
            <option value="true">Active</option>
            <option value="false">Inactive</option>
          </SelectField>
        </div>
        <span className="spacer" />
        <Button onClick={() => setDialog({ kind: 'import' })}>Import CSV</Button>
        <Button variant="primary" onClick={() => setDialog({ kind: 'edit', center: null })}>
          New cost center
        </Button>
      </div>
      {centers.isPending ? (
        <Spinner label="Loading cost centers…" />
      ) : centers.isError ? (
        <ErrorState error={centers.error} onRetry={() => centers.refetch()} />
      ) : centers.data.items.length === 0 ? (
        <EmptyState title={search || active ? 'No cost center matches' : 'No cost centers yet'}>
          <p className="muted">Create one, import a CSV file, or let the ERP sync fill them in.</p>
        </EmptyState>
      ) : (
        <>
          <table className="table" aria-label="Cost centers">
            <thead>
              <tr>
                <th scope="col">Code</th>
                <th scope="col">Name</th>
                <th scope="col">Status</th>
                <th scope="col">In effect</th>
                <th scope="col">ERP sync</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {centers.data.items.map((center) => (
                <tr key={center.code} data-testid={`cost-center-${center.code}`}>
                  <td className="mono table__primary">{center.code}</td>
                  <td>{center.name}</td>
                  <td>{center.active ? <Badge tone="success">Active</Badge> : <Badge>Inactive</Badge>}</td>
                  <td>{period(center)}</td>
                  <td className="muted">{center.lastSyncedAt ? formatDateTime(center.lastSyncedAt) : 'Not synced'}</td>
                  <td>
                    <div className="row row--end">
                      <Button size="sm" onClick={() => setDialog({ kind: 'edit', center })} aria-label={`Edit ${center.code}`}>
                        Edit
                      </Button>
                      <Button size="sm" variant="danger" onClick={() => setDialog({ kind: 'delete', center })} aria-label={`Delete ${center.code}`}>
                        Delete
                      </Button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager page={page} pages={pages} total={total} noun="cost centers" onPage={setPage} label="Cost center pages" />
        </>
      )}

      {dialog?.kind === 'edit' ? <CostCenterDialog editing={dialog.center} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'import' ? <CsvImportDialog target="cost-centers" onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'delete' ? (
        <ConfirmDialog
          open
          title={`Delete cost center ${dialog.center.code}?`}
          confirmLabel="Delete"
          danger
          busy={remove.isPending}
          onCancel={() => setDialog(null)}
          onConfirm={() =>
            remove.mutate(dialog.center.code, {
              onSuccess: () => notify(`Deleted cost center ${dialog.center.code}.`, 'success'),
              // 409: mappings still book to it; the server's sentence says how many and what to do.
              onError: (error) => notify(`${dialog.center.code} was not deleted: ${errorMessage(error)}`, 'error'),
              onSettled: () => setDialog(null),
            })
          }
        >
          <p>Workflows that book to {dialog.center.code} will find it Unknown. A cost center that mappings still book to cannot be deleted.</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
