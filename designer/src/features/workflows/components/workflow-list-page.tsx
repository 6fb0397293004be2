import { useDeferredValue, useRef, useState, type ChangeEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { Pager, Badge, Button, ConfirmDialog, EmptyState, ErrorState, SelectField, Spinner, TextField, notify } from '@/components';
import { errorMessage } from '@/lib/api-error';
import { downloadJson, readFileText } from '@/lib/download';
import { formatDateTime } from '@/lib/format';
import type { WorkflowSummary } from '@/types/workflow';
import { useDeleteWorkflow } from '../api/delete-workflow';
import { useDuplicateWorkflow } from '../api/duplicate-workflow';
import { exportWorkflow } from '../api/export-workflow';
import { useImportWorkflow } from '../api/import-workflow';
import { useWorkflowsProblems } from '../api/get-workflow-problems';
import { useWorkflows, type WorkflowListParams } from '../api/get-workflows';
import { CreateWorkflowDialog } from './create-workflow-dialog';

const pageSize = 25;

function StatusBadges({ workflow, problemCount }: { workflow: WorkflowSummary; problemCount: number | undefined }) {
  return (
    <span className="row">
      {workflow.publishedVersion ? <Badge tone="success">Published v{workflow.publishedVersion}</Badge> : null}
      {workflow.hasDraft ? <Badge tone="warning">Draft v{workflow.latestVersion}</Badge> : null}
      {problemCount ? (
        <Badge tone="danger">
          {problemCount} problem{problemCount === 1 ? '' : 's'}
        </Badge>
      ) : null}
    </span>
  );
}

type StatusFilter = 'published' | 'draft' | 'problems' | '';

export function WorkflowListPage() {
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<StatusFilter>('');
  const [sort, setSort] = useState<'updatedAt' | 'name'>('updatedAt');
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const [toDelete, setToDelete] = useState<WorkflowSummary | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const deferredSearch = useDeferredValue(search);

  // The API filters by published and draft; "has problems" is read from each listed workflow's validation.
  const serverStatus: WorkflowListParams['status'] = status === 'problems' ? '' : status;
  const workflows = useWorkflows({ search: deferredSearch, status: serverStatus, sort, page, pageSize });
  const listed = workflows.data?.items ?? [];
  const problemAnswers = useWorkflowsProblems(listed.map((w) => w.definitionId));
  const problemCounts = new Map(listed.map((w, i) => [w.definitionId, problemAnswers[i]?.data?.problems.length]));
  const shown = status === 'problems' ? listed.filter((w) => (problemCounts.get(w.definitionId) ?? 0) > 0) : listed;
  const remove = useDeleteWorkflow();
  const duplicate = useDuplicateWorkflow();
  const importer = useImportWorkflow();

  const onExport = async (workflow: WorkflowSummary) => {
    try {
      downloadJson(`${workflow.definitionId}.json`, await exportWorkflow(workflow.definitionId));
    } catch (error) {
      notify(`Export failed: ${errorMessage(error)}`, 'error');
    }
  };

  const onImportFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(await readFileText(file));
    } catch {
      notify(`${file.name} is not a JSON file.`, 'error');
      return;
    }
    importer.mutate(parsed, {
      onSuccess: (definition) => {
        notify(`Imported ${definition.name}.`, 'success');
        navigate(`/workflows/${encodeURIComponent(definition.definitionId)}`);
      },
      onError: (error) => notify(`Import failed: ${errorMessage(error)}`, 'error'),
    });
  };

  const total = workflows.data?.totalCount ?? 0;
  const pages = Math.max(1, Math.ceil(total / pageSize));

  return (
    <div className="page">
      <header className="page__header">
        <h1>Workflows</h1>
        <div className="spacer" />
        <Button onClick={() => fileInput.current?.click()} busy={importer.isPending}>
          Import JSON
        </Button>
        <input ref={fileInput} type="file" accept="application/json,.json" hidden onChange={onImportFile} data-testid="import-file" aria-label="Workflow file to import" />
        <Button variant="primary" onClick={() => setCreating(true)}>
          New workflow
        </Button>
      </header>

      <div className="toolbar" role="search">
        <TextField
          label="Search workflows"
          type="search"
          value={search}
          onChange={(e) => {
            setSearch(e.target.value);
            setPage(1);
          }}
          placeholder="Name or description"
        />
        <SelectField
          label="Status"
          value={status}
          onChange={(e) => {
            setStatus(e.target.value as StatusFilter);
            setPage(1);
          }}
        >
          <option value="">All</option>
          <option value="published">Published</option>
          <option value="draft">Has a draft</option>
          <option value="problems">Has problems (this page)</option>
        </SelectField>
        <SelectField label="Sort by" value={sort} onChange={(e) => setSort(e.target.value as 'updatedAt' | 'name')}>
          <option value="updatedAt">Last change</option>
          <option value="name">Name</option>
        </SelectField>
      </div>

      {workflows.isPending ? (
        <Spinner label="Loading workflows…" />
      ) : workflows.isError ? (
        <ErrorState error={workflows.error} onRetry={() => workflows.refetch()} />
      ) : shown.length === 0 ? (
        <EmptyState title={search || status ? 'No workflow matches' : 'No workflows yet'}>
          <p className="muted">{search || status ? 'Change the search or the filter.' : 'Create one, or import a workflow file.'}</p>
        </EmptyState>
      ) : (
        <>
          <table className="table" aria-label="Workflows">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Status</th>
                <th scope="col">Nodes</th>
                <th scope="col">Last change</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((workflow) => (
                <tr key={workflow.definitionId}>
                  <td>
                    <Link to={`/workflows/${encodeURIComponent(workflow.definitionId)}`} className="table__primary">
                      {workflow.name}
                    </Link>
                    <div className="muted mono">{workflow.definitionId}</div>
                    {workflow.description ? (
                      <div className="muted table__description" title={workflow.description}>
                        {workflow.description}
                      </div>
                    ) : null}
                  </td>
                  <td>
                    <StatusBadges workflow={workflow} problemCount={problemCounts.get(workflow.definitionId)} />
                  </td>
                  <td>{workflow.nodeCount}</td>
                  <td>{formatDateTime(workflow.updatedAt)}</td>
                  <td>
                    <div className="row row--end">
                      <Button
                        size="sm"
                        aria-label={`Duplicate ${workflow.name}`}
                        onClick={() =>
                          duplicate.mutate(workflow.definitionId, {
                            onSuccess: (copy) => notify(`Created ${copy.name}.`, 'success'),
                            onError: (error) => notify(`Duplicate failed: ${errorMessage(error)}`, 'error'),
                          })
                        }
                      >
                        Duplicate
                      </Button>
                      <Button size="sm" aria-label={`Export ${workflow.name}`} onClick={() => void onExport(workflow)}>
                        Export
                      </Button>
                      <Button size="sm" variant="danger" aria-label={`Delete ${workflow.name}`} onClick={() => setToDelete(workflow)}>
                        Delete
                      </Button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager page={page} pages={pages} total={total} noun="workflows" onPage={setPage} />
        </>
      )}

      <CreateWorkflowDialog
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(definition) => {
          setCreating(false);
          navigate(`/workflows/${encodeURIComponent(definition.definitionId)}`);
        }}
      />
      <ConfirmDialog
        open={toDelete !== null}
        title="Delete workflow?"
        confirmLabel="Delete"
        danger
        busy={remove.isPending}
        onCancel={() => setToDelete(null)}
        onConfirm={() =>
          toDelete &&
          remove.mutate(toDelete.definitionId, {
            onSuccess: () => {
              notify(`Deleted ${toDelete.name}.`, 'success');
              setToDelete(null);
            },
            onError: (error) => notify(`Delete failed: ${errorMessage(error)}`, 'error'),
          })
        }
      >
        <p>
          <strong>{toDelete?.name}</strong> and all its versions will be deleted. Instances that already ran stay.
        </p>
      </ConfirmDialog>
    </div>
  );
}
