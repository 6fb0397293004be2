import { Button, Spinner } from '@/components';
import { useInstances } from '@/features/instances';
import { useWorkflowVersion } from '../../api/get-workflow-version';
import { useWorkflowVersions } from '../../api/get-workflow-versions';
import { diffWorkflows } from '../../lib/workflow-diff';
import { useEditorStoreApi } from '../../stores/editor-store-context';

/** Before publishing: what changed since the live version, and how many instances still run it. */
export function LiveVersionSummary({ definitionId, onShowChanges }: { definitionId: string; onShowChanges: (liveVersion: number) => void }) {
  const store = useEditorStoreApi();
  const versions = useWorkflowVersions(definitionId);
  const live = versions.data?.find((v) => v.state === 'published')?.version ?? 0;
  const liveDefinition = useWorkflowVersion(definitionId, live, live > 0);
  const running = useInstances({ definitionId, version: live || undefined, status: 'Running', pageSize: 1 });
  const suspended = useInstances({ definitionId, version: live || undefined, status: 'Suspended', pageSize: 1 });

  if (versions.isPending) return <Spinner label="Looking up the live version…" />;
  if (!live) return <p className="muted">Nothing is published yet: this becomes the first live version.</p>;
  if (!liveDefinition.data) return <Spinner label="Comparing with the live version…" />;

  const diff = diffWorkflows(liveDefinition.data, store.getState().toDocument());
  const inputChanges = diff.changed.reduce((n, c) => n + c.changes.length, 0);
  const stillRunning = (running.data?.totalCount ?? 0) + (suspended.data?.totalCount ?? 0);

  return (
    <div className="stack" data-testid="live-version-summary">
      <p>
        Since the live version {live}: {diff.added.length} nodes added, {diff.removed.length} removed, {diff.changed.length} changed ({inputChanges} values),{' '}
        {diff.connectionsAdded.length + diff.connectionsRemoved.length} connections changed.{' '}
        <Button size="sm" onClick={() => onShowChanges(live)}>
          Show on the canvas
        </Button>
      </p>
      <p>
        {running.isPending || suspended.isPending
          ? 'Counting the instances that run it…'
          : `${stillRunning} instance${stillRunning === 1 ? '' : 's'} still run${stillRunning === 1 ? 's' : ''} version ${live} and will finish on it.`}
      </p>
    </div>
  );
}
