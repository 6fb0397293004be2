import type { JournalEntry, WorkflowInstance } from '@/types/instance';
import type { WorkflowConnection } from '@/types/workflow';
import type { NodeRunStatus, RunPath } from '../stores/editor-store';
import { edgeId } from './workflow-mapping';

const statusOf = (entry: JournalEntry): NodeRunStatus | null => {
  if (entry.event === 'Faulted') return 'faulted';
  if (entry.event === 'Suspended') return 'suspended';
  if (entry.event === 'Completed' || entry.event === 'Finished' || entry.event === 'Resumed') return 'completed';
  return null;
};

/**
 * The nodes an instance ran (the last journal event of each decides its status) and the
 * connections it followed: one from an outcome a node completed with to a node that ran.
 */
export function runPathFromInstance(instance: WorkflowInstance, connections: readonly WorkflowConnection[]): RunPath {
  const nodes: Record<string, NodeRunStatus> = {};
  const outcomes = new Map<string, Set<string>>();
  for (const entry of [...(instance.journal ?? [])].sort((a, b) => a.sequence - b.sequence)) {
    const status = statusOf(entry);
    if (status) nodes[entry.nodeId] = status;
    const taken = outcomes.get(entry.nodeId) ?? new Set<string>();
    for (const outcome of entry.outcomes ?? []) taken.add(outcome);
    outcomes.set(entry.nodeId, taken);
  }
  for (const incident of instance.incidents ?? []) nodes[incident.nodeId] = 'faulted';
  const edgeIds = connections
    .filter((c) => outcomes.get(c.source)?.has(c.outcome) && nodes[c.target] !== undefined)
    .map(edgeId);
  return { instanceId: instance.id, nodes, edgeIds };
}
