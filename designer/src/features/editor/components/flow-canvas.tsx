import { Background, BackgroundVariant, Controls, MarkerType, MiniMap, ReactFlow, useReactFlow, type DefaultEdgeOptions, type IsValidConnection } from '@xyflow/react';
import { useCallback, useMemo, type DragEvent } from 'react';
import { notify } from '@/components';
import { useTheme } from '@/components/theme';
import { useEditorStore, useEditorStoreApi } from '../stores/editor-store-context';
import { nodeTypes } from './nodes/node-registry';
import type { EditorEdge, EditorNode } from './nodes/node-types';
import { edgeId } from '../lib/workflow-mapping';
import { activityDragType } from './palette';

// SVG markers take a colour value, not a CSS variable: these match --color-edge in each theme.
const edgeOptionsFor = (theme: 'light' | 'dark'): DefaultEdgeOptions => ({
  type: 'smoothstep',
  markerEnd: { type: MarkerType.ArrowClosed, width: 14, height: 14, color: theme === 'dark' ? '#98a5b3' : '#5b6774' },
  interactionWidth: 24,
});

const isEditableTarget = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** The flowchart: drop activities from the palette, drag outcome handles to connect, move and select nodes. */
export function FlowCanvas({ readOnly = false }: { readOnly?: boolean }) {
  const store = useEditorStoreApi();
  const nodes = useEditorStore((s) => s.nodes);
  const edges = useEditorStore((s) => s.edges);
  const runPath = useEditorStore((s) => s.runPath);
  const comparison = useEditorStore((s) => s.comparison);
  const onNodesChange = useEditorStore((s) => s.onNodesChange);
  const onEdgesChange = useEditorStore((s) => s.onEdgesChange);
  const theme = useTheme();
  const edgeOptions = useMemo(() => edgeOptionsFor(theme), [theme]);
  const { screenToFlowPosition } = useReactFlow<EditorNode, EditorEdge>();

  const names = useMemo(() => new Map(nodes.map((n) => [n.id, n.data.model.displayName || n.id])), [nodes]);
  const shownEdges = useMemo(() => {
    const onPath = new Set(runPath?.edgeIds ?? []);
    const added = new Set((comparison?.diff.connectionsAdded ?? []).map(edgeId));
    return edges.map((edge) => {
      const ariaLabel = `${names.get(edge.source) ?? edge.source} ${edge.sourceHandle} to ${names.get(edge.target) ?? edge.target}`;
      const failure = edge.sourceHandle === 'Failed';
      const className = [onPath.has(edge.id) ? 'edge--path' : '', failure ? 'edge--failure' : '', added.has(edge.id) ? 'edge--added' : ''].filter(Boolean).join(' ');
      return { ...edge, ariaLabel, className: className || undefined, animated: onPath.has(edge.id) };
    });
  }, [edges, runPath, comparison, names]);

  const isValidConnection: IsValidConnection<EditorEdge> = useCallback(
    (connection) => connection.source !== connection.target && store.getState().nodes.find((n) => n.id === connection.target)?.type !== 'trigger',
    [store],
  );

  const onDrop = (event: DragEvent) => {
    const typeName = event.dataTransfer.getData(activityDragType);
    if (!typeName || readOnly) return;
    event.preventDefault();
    const position = screenToFlowPosition({ x: event.clientX, y: event.clientY });
    store.getState().addNode(typeName, { x: Math.round(position.x - 110), y: Math.round(position.y - 30) });
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (readOnly || isEditableTarget(event.target)) return;
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      const before = store.getState();
      const nodes = before.nodes.filter((n) => n.selected).length;
      const edges = before.edges.filter((e) => e.selected).length;
      store.getState().deleteSelection();
      if (nodes || edges) notify(`Deleted ${nodes ? `${nodes} node${nodes === 1 ? '' : 's'}` : `${edges} connection${edges === 1 ? '' : 's'}`}. Ctrl+Z brings it back.`);
    }
  };

  return (
    <div className="canvas" onDrop={onDrop} onDragOver={(e) => { if (e.dataTransfer.types.includes(activityDragType)) { e.preventDefault(); e.dataTransfer.dropEffect = 'copy'; } }} onKeyDown={onKeyDown} data-testid="canvas">
      <ReactFlow<EditorNode, EditorEdge>
        nodes={nodes}
        edges={shownEdges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={(connection) => store.getState().connect(connection)}
        isValidConnection={isValidConnection}
        defaultEdgeOptions={edgeOptions}
        deleteKeyCode={null}
        // Space must reach text fields such as Monaco's, which React Flow does not see as inputs.
        panActivationKeyCode={null}
        multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
        selectionKeyCode="Shift"
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        edgesFocusable={!readOnly}
        connectOnClick
        colorMode={theme}
        fitView
        fitViewOptions={{ padding: 0.2, maxZoom: 1 }}
        minZoom={0.1}
        maxZoom={2}
        onlyRenderVisibleElements={nodes.length > 120}
        ariaLabelConfig={{ 'node.a11yDescription.default': 'Press Enter or Space to select the node, then the arrow keys to move it. Delete removes it.' }}
        proOptions={{ hideAttribution: true }}
      >
        <Background variant={BackgroundVariant.Dots} gap={20} size={1.5} color="var(--color-canvas-dots)" />
        {readOnly ? null : <MiniMap pannable zoomable ariaLabel="Overview of the workflow" nodeColor={(n) => (n.selected ? 'var(--color-primary)' : 'var(--color-border)')} />}
        <Controls showInteractive={false} aria-label="Zoom" />
      </ReactFlow>
    </div>
  );
}
