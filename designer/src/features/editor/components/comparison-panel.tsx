import { Button } from '@/components';
import { isEmptyDiff, type ValueChange } from '../lib/workflow-diff';
import { useEditorStore } from '../stores/editor-store-context';

const show = (value: unknown) => {
  if (value === undefined) return '—';
  if (value && typeof value === 'object' && 'mode' in value && 'value' in value) {
    const input = value as { mode: string; value: unknown };
    return `${input.mode === 'expression' ? 'expression' : 'value'} ${JSON.stringify(input.value)}`;
  }
  return JSON.stringify(value);
};

function Change({ change }: { change: ValueChange }) {
  return (
    <li>
      <span className="mono">{change.path}</span>: <del>{show(change.before)}</del> → <ins>{show(change.after)}</ins>
    </li>
  );
}

/** What differs between the compared version and what is open; the canvas marks the same nodes. */
export function ComparisonPanel({ onFocusNode }: { onFocusNode: (nodeId: string) => void }) {
  const comparison = useEditorStore((s) => s.comparison);
  const setComparison = useEditorStore((s) => s.setComparison);
  if (!comparison) return null;
  const { diff, label } = comparison;
  const nothing = isEmptyDiff(diff) && diff.moved.length === 0;

  return (
    <section className="comparison" aria-labelledby="comparison-title" data-testid="comparison">
      <div className="row">
        <h2 id="comparison-title" className="panel-title">
          Changes since {label}
        </h2>
        <span className="spacer" />
        <Button size="sm" onClick={() => setComparison(null)}>
          Hide comparison
        </Button>
      </div>
      {nothing ? <p className="muted">No differences.</p> : null}
      <ul className="comparison__list">
        {diff.workflowFields.map((change) => (
          <Change key={`wf-${change.path}`} change={change} />
        ))}
        {diff.added.map((node) => (
          <li key={`add-${node.id}`}>
            <button type="button" className="link-button" onClick={() => onFocusNode(node.id)}>
              {node.displayName || node.id}
            </button>{' '}
            added
          </li>
        ))}
        {diff.removed.map((node) => (
          <li key={`rm-${node.id}`}>
            <del>{node.displayName || node.id}</del> removed
          </li>
        ))}
        {diff.changed.map((node) => (
          <li key={`ch-${node.id}`}>
            <button type="button" className="link-button" onClick={() => onFocusNode(node.id)}>
              {node.name}
            </button>{' '}
            changed
            <ul>
              {node.changes.map((change) => (
                <Change key={change.path} change={change} />
              ))}
            </ul>
          </li>
        ))}
        {diff.connectionsAdded.map((c) => (
          <li key={`ca-${c.source}-${c.outcome}-${c.target}`}>
            Connection {c.source} {c.outcome} → {c.target} added
          </li>
        ))}
        {diff.connectionsRemoved.map((c) => (
          <li key={`cr-${c.source}-${c.outcome}-${c.target}`}>
            Connection {c.source} {c.outcome} → {c.target} removed
          </li>
        ))}
        {diff.moved.length ? <li className="muted">Moved only: {diff.moved.join(', ')}</li> : null}
      </ul>
    </section>
  );
}
