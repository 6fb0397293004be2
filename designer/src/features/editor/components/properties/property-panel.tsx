import { useEditorStore } from '../../stores/editor-store-context';
import { NodeProperties } from './node-properties';
import { WorkflowProperties } from './workflow-properties';

/** The selected node's properties; the workflow's when no single node is selected. */
export function PropertyPanel({ onFocusNode }: { onFocusNode?: (nodeId: string) => void }) {
  const selected = useEditorStore((s) => {
    const chosen = s.nodes.filter((n) => n.selected);
    return chosen.length === 1 ? chosen[0] : undefined;
  });
  const selectedCount = useEditorStore((s) => s.nodes.filter((n) => n.selected).length);
  return (
    <aside className="property-panel" aria-label="Properties">
      {selected ? (
        <NodeProperties key={selected.id} node={selected} />
      ) : selectedCount > 1 ? (
        <div className="stack">
          <h2 className="panel-title">{selectedCount} nodes selected</h2>
          <p className="muted">Press Delete to remove them, or drag to move them together.</p>
        </div>
      ) : (
        <WorkflowProperties onFocusNode={onFocusNode} />
      )}
    </aside>
  );
}
