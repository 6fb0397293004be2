import { Button, Spinner } from '@/components';
import { useInstances } from '@/features/instances';
import { useWorkflowVersion } from '../../api/get-workflow-version';
import { useWorkflowVersions } from '../../api/get-workflow-versions';
import { diffWorkflows } from '../../lib/workflow-diff';
import { useEditorStoreApi } from '../../stores/editor-store-context';

/**
 * Before publishing: what changed since the live version, and how many instances still run it. Before reverting
 * (`revertTo`): what the revert changes in what is open, and the same count, since the live version keeps running.
 */
export function LiveVersionSummary({ definitionId, onShowChanges, revertTo }: { definitionId: string; onShowChanges: (version: number) => void; revertTo?: number }) {
  const store = useEditorStoreApi();
  const versions = useWorkflowVersions(definitionId);
  const live = versions.data?.find((v) => v.state === 'published')?.version ?? 0;
  const compared = revertTo ?? live;
  const comparedDefinition = useWorkflowVersion(definitionId, compared, compared > 0);
  const running = useInstances({ definitionId, version: live || undefined, status: 'Running', pageSize: 1 });
  const suspended = useInstances({ definitionId, version: live || undefined, status: 'Suspended', pageSize: 1 });

  if (versions.isPending) return <Spinner label="Looking up the live version…" />;
  if (!compared) return <p className="muted">Nothing is published yet: this becomes the first live version.</p>;
  if (!comparedDefinition.data) return <Spinner label={revertTo ? `Comparing with version ${revertTo}…` : 'Comparing with the live version…'} />;

  // Publishing: from the live version to what is open. Reverting: from what is open to the version reverted to.
  const open = store.getState().toDocument();
  const diff = revertTo ? diffWorkflows(open, comparedDefinition.data) : diffWorkflows(comparedDefinition.data, open);
  const inputChanges = diff.changed.reduce((n, c) => n + c.changes.length, 0);
  const stillRunning = (running.data?.totalCount ?? 0) + (suspended.data?.totalCount ?? 0);

  return (
    <div className="stack" data-testid="live-version-summary">
      <p>
        {revertTo ? `Reverting to version ${revertTo} changes what is open: ` : `Since the live version ${live}: `}
        {diff.added.length} nodes added, {diff.removed.length} removed, {diff.changed.length} changed ({inputChanges} values),{' '}
        {diff.connectionsAdded.length + diff.connectionsRemoved.length} connections changed.{' '}
        <Button size="sm" onClick={() => onShowChanges(compared)}>
          Show on the canvas
        </Button>
      </p>
      <p>
        {!live
          ? 'No version is live, so no instance runs one.'
          : running.isPending || suspended.isPending
          ? 'Counting the instances that run it…'
          : `${stillRunning} instance${stillRunning === 1 ? '' : 's'} still run${stillRunning === 1 ? 's' : ''} version ${live} and will finish on it.`}
      </p>
    </div>
  );
}
