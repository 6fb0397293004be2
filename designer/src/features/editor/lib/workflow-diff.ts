import type { WorkflowConnection, WorkflowDocument, WorkflowNode } from '@/types/workflow';
import { edgeId } from './workflow-mapping';

export interface ValueChange {
  /** Where in the node: `displayName`, `inputs.condition`, `outputBindings.result`, … */
  path: string;
  before: unknown;
  after: unknown;
}

export interface NodeChange {
  id: string;
  name: string;
  changes: ValueChange[];
}

export interface WorkflowDiff {
  added: WorkflowNode[];
  removed: WorkflowNode[];
  changed: NodeChange[];
  /** Nodes that only moved: shown, but de-emphasized. */
  moved: string[];
  connectionsAdded: WorkflowConnection[];
  connectionsRemoved: WorkflowConnection[];
  /** Workflow-level fields that differ: name, description, variables, inputs, outputs, … */
  workflowFields: ValueChange[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const nameOf = (node: WorkflowNode) => node.displayName || node.id;
const ignoredNodeFields = new Set(['id', 'position']);
const ignoredWorkflowFields = new Set(['nodes', 'connections', 'version', 'state', 'revision', 'createdAt', 'updatedAt', 'publishedAt', 'versionNote']);

function fieldChanges(before: Record<string, unknown>, after: Record<string, unknown>, ignored: Set<string>): ValueChange[] {
  const changes: ValueChange[] = [];
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (ignored.has(key) || same(before[key], after[key])) continue;
    const b = before[key];
    const a = after[key];
    // Maps (inputs, outputBindings) are compared entry by entry, so a change names the input.
    const isMap = (v: unknown) => v !== null && typeof v === 'object' && !Array.isArray(v);
    if ((key === 'inputs' || key === 'outputBindings') && (isMap(b) || b === undefined) && (isMap(a) || a === undefined)) {
      const bm = (b ?? {}) as Record<string, unknown>;
      const am = (a ?? {}) as Record<string, unknown>;
      for (const entry of new Set([...Object.keys(bm), ...Object.keys(am)])) {
        if (!same(bm[entry], am[entry])) changes.push({ path: `${key}.${entry}`, before: bm[entry], after: am[entry] });
      }
    } else {
      changes.push({ path: key, before: b, after: a });
    }
  }
  return changes;
}

/** What changed from `before` to `after`: nodes by id, connections by source, outcome and target. */
export function diffWorkflows(before: WorkflowDocument, after: WorkflowDocument): WorkflowDiff {
  const beforeNodes = new Map(before.nodes.map((n) => [n.id, n]));
  const afterNodes = new Map(after.nodes.map((n) => [n.id, n]));
  const changed: NodeChange[] = [];
  const moved: string[] = [];
  for (const node of after.nodes) {
    const old = beforeNodes.get(node.id);
    if (!old) continue;
    const changes = fieldChanges(old, node, ignoredNodeFields);
    if (changes.length) changed.push({ id: node.id, name: nameOf(node), changes });
    else if (!same(old.position, node.position)) moved.push(node.id);
  }
  const beforeEdges = new Set(before.connections.map(edgeId));
  const afterEdges = new Set(after.connections.map(edgeId));
  return {
    added: after.nodes.filter((n) => !beforeNodes.has(n.id)),
    removed: before.nodes.filter((n) => !afterNodes.has(n.id)),
    changed,
    moved,
    connectionsAdded: after.connections.filter((c) => !beforeEdges.has(edgeId(c))),
    connectionsRemoved: before.connections.filter((c) => !afterEdges.has(edgeId(c))),
    workflowFields: fieldChanges(before, after, ignoredWorkflowFields),
  };
}

export const isEmptyDiff = (diff: WorkflowDiff) =>
  diff.added.length + diff.removed.length + diff.changed.length + diff.connectionsAdded.length + diff.connectionsRemoved.length + diff.workflowFields.length === 0;
