import { createUniqueId } from '@/lib/create-id';
import type { WorkflowConnection, WorkflowNode } from '@/types/workflow';

const marker = 'healthflows/nodes';

/** What a copy puts on the clipboard: the nodes as in the file, and the connections among them. */
export interface ClipboardPayload {
  kind: typeof marker;
  nodes: WorkflowNode[];
  connections: WorkflowConnection[];
}

export function toClipboardPayload(nodes: WorkflowNode[], connections: WorkflowConnection[]): ClipboardPayload {
  const ids = new Set(nodes.map((n) => n.id));
  return { kind: marker, nodes, connections: connections.filter((c) => ids.has(c.source) && ids.has(c.target)) };
}

export function parseClipboard(text: string): ClipboardPayload | null {
  try {
    const value = JSON.parse(text) as Partial<ClipboardPayload>;
    return value.kind === marker && Array.isArray(value.nodes) && Array.isArray(value.connections) ? (value as ClipboardPayload) : null;
  } catch {
    return null;
  }
}

/** Gives pasted nodes ids free in the target workflow and moves them a little, keeping their connections. */
export function renameForPaste(payload: ClipboardPayload, taken: ReadonlySet<string>, offset = 40): { nodes: WorkflowNode[]; connections: WorkflowConnection[] } {
  const used = new Set(taken);
  const renamed = new Map<string, string>();
  const nodes = payload.nodes.map((node) => {
    const id = createUniqueId(node.id, used);
    used.add(id);
    renamed.set(node.id, id);
    const position = node.position ?? { x: 0, y: 0 };
    return { ...node, id, position: { x: position.x + offset, y: position.y + offset } };
  });
  const connections = payload.connections.map((c) => ({ ...c, source: renamed.get(c.source) ?? c.source, target: renamed.get(c.target) ?? c.target }));
  return { nodes, connections };
}
