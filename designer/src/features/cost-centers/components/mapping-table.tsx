import { useDeferredValue, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Pager, Button, ConfirmDialog, EmptyState, ErrorState, SelectField, Spinner, TextField, notify } from '@/components';
import { errorMessage } from '@/lib/api-error';
import type { CostCenterMapping, MappingKind } from '@/types/cost-center';
import { useDeleteCostCenterMapping } from '../api/delete-cost-center-mapping';
import { useCostCenterMappings } from '../api/get-cost-center-mappings';
import { CsvImportDialog } from './csv-import-dialog';
import { MappingDialog } from './mapping-dialog';
import { mappingKindLabel, mappingKinds } from './mapping-kinds';

const pageSize = 25;

/** Which cost center each clinical value books to: filter by kind, search source codes, page; create, repoint, delete, import. */
export function MappingTable() {
  // A link from elsewhere (an audit entry) may name a mapping: `?kind=department&search=<source code>`.
  const [params] = useSearchParams();
  const [kind, setKind] = useState<MappingKind | ''>(() => mappingKinds.find((k) => k.value === params.get('kind'))?.value ?? '');
  const [search, setSearch] = useState(() => params.get('search') ?? '');
  const [page, setPage] = useState(1);
  const [dialog, setDialog] = useState<{ kind: 'edit'; mapping: CostCenterMapping | null } | { kind: 'import' } | { kind: 'delete'; mapping: CostCenterMapping } | null>(null);
  const filters = useDeferredValue({ kind, search: search.trim() });
  const mappings = useCostCenterMappings({ ...filters, page, pageSize });
  const remove = useDeleteCostCenterMapping();
  const total = mappings.data?.totalCount ?? 0;
  const pages = Math.max(1, Math.ceil(total / pageSize));

  return (
    <div className="stack">
      <div className="toolbar">
        <div className="toolbar" role="search" aria-label="Filter mappings">
          <SelectField
            label="Kind"
            value={kind}
            onChange={(e) => {
              setKind(e.target.value as MappingKind | '');
              setPage(1);
            }}
          >
            <option value="">Any</option>
            {mappingKinds.map((k) => (
              <option key={k.value} value={k.value}>
                {k.label}
              </option>
            ))}
          </SelectField>
          <TextField
            label="Search source code"
            type="search"
            value={search}
            onChange={(e) => {
              setSearch(e.target.value);
              setPage(1);
            }}
          />
        </div>
        <span className="spacer" />
        <Button onClick={() => setDialog({ kind: 'import' })}>Import CSV</Button>
        <Button variant="primary" onClick={() => setDialog({ kind: 'edit', mapping: null })}>
          New mapping
        </Button>
      </div>
      {mappings.isPending ? (
        <Spinner label="Loading mappings…" />
      ) : mappings.isError ? (
        <ErrorState error={mappings.error} onRetry={() => mappings.refetch()} />
      ) : mappings.data.items.length === 0 ? (
        <EmptyState title="No mapping matches">
          <p className="muted">A mapping books a department, a location or a hospital service to a cost center.</p>
        </EmptyState>
      ) : (
        <>
          <table className="table" aria-label="Mappings">
            <thead>
              <tr>
                <th scope="col">Kind</th>
                <th scope="col">Source code</th>
                <th scope="col">
                  <span aria-hidden="true">→ </span>Cost center
                </th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {mappings.data.items.map((mapping) => {
                const name = `${mappingKindLabel(mapping.kind)} ${mapping.sourceCode}`;
                return (
                  <tr key={`${mapping.kind}/${mapping.sourceCode}`} data-testid={`mapping-${mapping.kind}-${mapping.sourceCode}`}>
                    <td>{mappingKindLabel(mapping.kind)}</td>
                    <td className="mono table__primary">{mapping.sourceCode}</td>
                    <td className="mono">{mapping.costCenterCode}</td>
                    <td>
                      <div className="row row--end">
                        <Button size="sm" onClick={() => setDialog({ kind: 'edit', mapping })} aria-label={`Repoint ${name}`}>
                          Repoint
                        </Button>
                        <Button size="sm" variant="danger" onClick={() => setDialog({ kind: 'delete', mapping })} aria-label={`Delete ${name}`}>
                          Delete
                        </Button>
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <Pager page={page} pages={pages} total={total} noun="mappings" onPage={setPage} label="Mapping pages" />
        </>
      )}

      {dialog?.kind === 'edit' ? <MappingDialog editing={dialog.mapping} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'import' ? <CsvImportDialog target="mappings" onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'delete' ? (
        <ConfirmDialog
          open
          title={`Delete the mapping of ${mappingKindLabel(dialog.mapping.kind).toLowerCase()} ${dialog.mapping.sourceCode}?`}
          confirmLabel="Delete"
          danger
          busy={remove.isPending}
          onCancel={() => setDialog(null)}
          onConfirm={() =>
            remove.mutate(dialog.mapping, {
              onSuccess: () => notify(`Deleted the mapping of ${dialog.mapping.sourceCode}.`, 'success'),
              onError: (error) => notify(`The mapping was not deleted: ${errorMessage(error)}`, 'error'),
              onSettled: () => setDialog(null),
            })
          }
        >
          <p>Validate Cost Center will find {dialog.mapping.sourceCode} Unknown until it is mapped again.</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
