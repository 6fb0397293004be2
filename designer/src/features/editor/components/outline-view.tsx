import { useMemo, useState } from 'react';
import { Button, notify } from '@/components';
import { outcomePorts } from '../lib/node-outcomes';
import { useEditorStore } from '../stores/editor-store-context';
import type { EditorNode } from './nodes/node-types';

const nodeName = (node: EditorNode) => node.data.model.displayName || node.data.model.id;

function ConnectControl({ node, outcome, targets }: { node: EditorNode; outcome: string; targets: EditorNode[] }) {
  const connect = useEditorStore((s) => s.connect);
  const [target, setTarget] = useState('');
  const selectId = `connect-${node.id}-${outcome}`;
  return (
    <span className="row">
      <label className="visually-hidden" htmlFor={selectId}>
        Connect {nodeName(node)} {outcome} to
      </label>
      <select id={selectId} className="input select input--sm" value={target} onChange={(e) => setTarget(e.target.value)}>
        <option value="">Connect to…</option>
        {targets.map((t) => (
          <option key={t.id} value={t.id}>
            {nodeName(t)}
          </option>
        ))}
      </select>
      <Button
        size="sm"
        disabled={!target}
        onClick={() => {
          const done = connect({ source: node.id, sourceHandle: outcome, target });
          const targetName = targets.find((t) => t.id === target);
          notify(done ? `Connected ${nodeName(node)} ${outcome} to ${targetName ? nodeName(targetName) : target}.` : 'That connection exists already.');
          setTarget('');
        }}
      >
        Connect
      </Button>
    </span>
  );
}

/**
 * The workflow as a list: every node with its outcome connections. Everything the canvas does by
 * dragging can be done here with the keyboard (WCAG 2.5.7).
 */
export function OutlineView({ onFocusNode }: { onFocusNode: (nodeId: string) => void }) {
  const nodes = useEditorStore((s) => s.nodes);
  const edges = useEditorStore((s) => s.edges);
  const descriptors = useEditorStore((s) => s.descriptors);
  const disconnect = useEditorStore((s) => s.disconnect);
  const deleteNodes = useEditorStore((s) => s.deleteNodes);
  const byId = useMemo(() => new Map(nodes.map((n) => [n.id, n])), [nodes]);

  if (nodes.length === 0) return <p className="muted">The workflow has no nodes yet. Insert one from the palette.</p>;

  return (
    <section aria-labelledby="outline-title" className="outline">
      <h2 id="outline-title" className="panel-title">
        Outline
      </h2>
      <ol className="outline__list">
        {nodes.map((node) => {
          const descriptor = descriptors.get(node.data.model.type);
          const targets = nodes.filter((t) => t.id !== node.id && t.type !== 'trigger');
          return (
            <li key={node.id} className={['outline__node', node.selected ? 'is-selected' : ''].join(' ')} data-testid={`outline-${node.id}`}>
              <div className="row">
                <button type="button" className="link-button" aria-current={node.selected ? 'true' : undefined} onClick={() => onFocusNode(node.id)}>
                  {nodeName(node)}
                </button>
                <span className="muted">{descriptor?.displayName ?? node.data.model.type}</span>
                <span className="spacer" />
                <Button size="sm" variant="ghost" aria-label={`Delete ${nodeName(node)}`} onClick={() => deleteNodes([node.id])}>
                  Delete
                </Button>
              </div>
              <ul className="outline__outcomes">
                {outcomePorts(node, descriptor, edges).map((port) => {
                  const outgoing = edges.filter((e) => e.source === node.id && e.sourceHandle === port.name);
                  return (
                    <li key={port.name}>
                      <span className={port.failure ? 'outline__outcome is-failure' : 'outline__outcome'}>{port.name}</span>
                      {outgoing.map((edge) => {
                        const target = byId.get(edge.target);
                        return (
                          <span key={edge.id} className="outline__link">
                            → {target ? nodeName(target) : `${edge.target} (missing)`}
                            <Button size="sm" variant="ghost" aria-label={`Disconnect ${nodeName(node)} ${port.name} from ${target ? nodeName(target) : edge.target}`} onClick={() => disconnect(edge.id)}>
                              ✕
                            </Button>
                          </span>
                        );
                      })}
                      <ConnectControl node={node} outcome={port.name} targets={targets} />
                    </li>
                  );
                })}
              </ul>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
