import { useState } from 'react';
import { Badge, Button, ConfirmDialog, Dialog, ErrorState, Spinner } from '@/components';
import { formatDateTime } from '@/lib/format';
import type { WorkflowVersionSummary } from '@/types/workflow';
import { useWorkflowVersions } from '../../api/get-workflow-versions';
import { LiveVersionSummary } from './live-version-summary';

const tone = { draft: 'warning', published: 'success', archived: 'neutral' } as const;

/** The version history (newest first) with revert. */
export function VersionsDialog({ open, definitionId, busy, onRevert, onCompare, onClose }: {
  open: boolean;
  definitionId: string;
  busy: boolean;
  onRevert: (version: number) => void;
  onCompare: (version: number) => void;
  onClose: () => void;
}) {
  const versions = useWorkflowVersions(definitionId, open);
  const [toRevert, setToRevert] = useState<WorkflowVersionSummary | null>(null);
  const sorted = [...(versions.data ?? [])].sort((a, b) => b.version - a.version);

  return (
    <Dialog open={open} onClose={onClose} title="Version history" size="lg" testId="versions-dialog">
      {versions.isPending ? (
        <Spinner />
      ) : versions.isError ? (
        <ErrorState error={versions.error} onRetry={() => versions.refetch()} />
      ) : (
        <table className="table" aria-label="Versions">
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">State</th>
              <th scope="col">Saved</th>
              <th scope="col">Published</th>
              <th scope="col">Note</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((v) => (
              <tr key={v.version}>
                <td>v{v.version}</td>
                <td>
                  <Badge tone={tone[v.state]}>{v.state}</Badge>
                </td>
                <td>{formatDateTime(v.updatedAt)}</td>
                <td>{formatDateTime(v.publishedAt)}</td>
                <td>{v.versionNote || <span className="muted">—</span>}</td>
                <td className="row">
                  <Button size="sm" onClick={() => onCompare(v.version)}>
                    Compare v{v.version}
                  </Button>
                  {v.state !== 'draft' ? (
                    <Button size="sm" onClick={() => setToRevert(v)}>
                      Revert to v{v.version}
                    </Button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ConfirmDialog
        open={toRevert !== null}
        title={`Revert to version ${toRevert?.version ?? ''}?`}
        confirmLabel="Revert"
        busy={busy}
        onCancel={() => setToRevert(null)}
        onConfirm={() => {
          if (toRevert) onRevert(toRevert.version);
          setToRevert(null);
        }}
      >
        <p>
          The draft becomes a copy of version {toRevert?.version}; changes you have not saved are discarded. The published version keeps running until
          you publish again.
        </p>
        {toRevert ? (
          <LiveVersionSummary
            definitionId={definitionId}
            revertTo={toRevert.version}
            onShowChanges={(version) => {
              setToRevert(null);
              onCompare(version);
            }}
          />
        ) : null}
      </ConfirmDialog>
    </Dialog>
  );
}
