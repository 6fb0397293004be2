import { Handle, Position } from '@xyflow/react';
import { useMemo } from 'react';
import { ActivityIcon } from '@/components';
import { categoryColor } from '@/features/activities';
import type { ActivityDescriptor } from '@/types/activity';
import { outcomePortsFrom, usedOutcomes } from '../../lib/node-outcomes';
import { useEditorStore } from '../../stores/editor-store-context';
import { targetHandleId, type EditorNode } from './node-types';

const iconFor = (node: EditorNode, descriptor: ActivityDescriptor | undefined): string | undefined => {
  if (node.type === 'unknown') return 'alert';
  return descriptor?.icon ?? (node.type === 'trigger' ? 'play' : descriptor?.isLoop ? 'repeat' : node.data.blocking ? 'clock' : undefined);
};

const diffLabels = { added: 'added', changed: 'changed', moved: 'moved' } as const;
const diffGlyphs = { added: '+', changed: 'Δ', moved: '↔' } as const;
const runLabels = { completed: 'ran', faulted: 'faulted', suspended: 'suspended' } as const;

/** What every node looks like; the registry's node types differ in handles and warnings. */
export function ActivityNodeView({ node, acceptsConnections }: { node: EditorNode; acceptsConnections: boolean }) {
  const model = node.data.model;
  const descriptor = useEditorStore((s) => s.descriptors.get(model.type));
  // A joined string keeps the selector's answer stable between renders.
  const used = useEditorStore((s) => usedOutcomes(node.id, s.edges).join('\n'));
  const known = node.type === 'unknown' ? undefined : descriptor;
  const inputs = model.inputs;
  const ports = useMemo(() => outcomePortsFrom(known, inputs, used ? used.split('\n') : []), [known, inputs, used]);
  const problemCount = useEditorStore((s) => s.problems.filter((p) => p.nodeId === node.id).length);
  const runStatus = useEditorStore((s) => s.runPath?.nodes[node.id]);
  const diffKind = useEditorStore((s) => {
    const diff = s.comparison?.diff;
    if (!diff) return undefined;
    if (diff.added.some((n) => n.id === node.id)) return 'added';
    if (diff.changed.some((n) => n.id === node.id)) return 'changed';
    return diff.moved.includes(node.id) ? 'moved' : undefined;
  });
  const name = model.displayName || descriptor?.displayName || model.id;
  const category = descriptor?.category ?? 'Unknown';

  const classes = ['flow-node', `flow-node--${node.type}`, node.selected ? 'is-selected' : '', runStatus ? `is-run-${runStatus}` : '', diffKind ? `is-diff-${diffKind}` : '', problemCount ? 'has-problems' : '']
    .filter(Boolean)
    .join(' ');

  return (
    <div className={classes} style={{ '--node-color': descriptor ? categoryColor(category) : 'var(--color-danger)' } as React.CSSProperties} data-testid={`node-${node.id}`}>
      {acceptsConnections ? <Handle type="target" position={Position.Left} id={targetHandleId} className="flow-handle flow-handle--target" title={`Connect into ${name}`} /> : null}
      <header className="flow-node__header">
        <span className="flow-node__icon" aria-hidden="true">
          <ActivityIcon name={iconFor(node, descriptor)} />
        </span>
        <div className="flow-node__titles">
          <div className="flow-node__name">{name}</div>
          <div className="flow-node__type">
            {node.type === 'unknown' ? `Unknown activity ${model.type}` : `${descriptor?.displayName ?? model.type} · ${category}`}
          </div>
        </div>
        {problemCount ? (
          <span className="flow-node__badge" title={`${problemCount} problem${problemCount > 1 ? 's' : ''}`}>
            <span aria-hidden="true">!</span>
            <span className="visually-hidden">{problemCount} problems</span>
            {problemCount > 1 ? <span aria-hidden="true">{problemCount}</span> : null}
          </span>
        ) : null}
        {diffKind ? (
          <span className={`flow-node__diff flow-node__diff--${diffKind}`} title={`${diffLabels[diffKind]} since the compared version`}>
            <span aria-hidden="true">{diffGlyphs[diffKind]}</span>
            <span className="visually-hidden">{diffLabels[diffKind]}</span>
          </span>
        ) : null}
        {runStatus ? (
          <span className={`flow-node__run flow-node__run--${runStatus}`} title={`This node ${runLabels[runStatus]} in the test run`}>
            <span aria-hidden="true">{runStatus === 'faulted' ? '✕' : runStatus === 'suspended' ? '◷' : '✓'}</span>
            <span className="visually-hidden">{runLabels[runStatus]}</span>
          </span>
        ) : null}
      </header>
      <ul className="flow-node__outcomes" aria-label="Outcomes">
        {ports.map((port) => (
          <li key={port.name} className={['flow-node__outcome', port.failure ? 'is-failure' : '', port.orphaned ? 'is-orphaned' : ''].filter(Boolean).join(' ')}>
            <span>{port.name}</span>
            <Handle type="source" position={Position.Right} id={port.name} className="flow-handle flow-handle--source" title={`${name}: outcome ${port.name}`} />
          </li>
        ))}
      </ul>
    </div>
  );
}
