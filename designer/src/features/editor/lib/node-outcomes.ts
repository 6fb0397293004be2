import { failedOutcome, nodeOutcomes } from '@/features/activities';
import type { ActivityDescriptor } from '@/types/activity';
import type { NodeInputValue } from '@/types/workflow';
import type { EditorEdge, EditorNode } from '../components/nodes/node-types';

export interface OutcomePort {
  name: string;
  /** Not offered by the activity (any more): a connection still leaves from it. */
  orphaned: boolean;
  failure: boolean;
}

/** The outcomes connections leave a node from. */
export const usedOutcomes = (nodeId: string, edges: readonly EditorEdge[]): string[] =>
  edges.filter((e) => e.source === nodeId).map((e) => e.sourceHandle ?? '');

/** The outcome ports a node draws: its activity's outcomes, any still-connected stale ones, then Failed. */
export function outcomePortsFrom(
  descriptor: ActivityDescriptor | undefined,
  inputs: Record<string, NodeInputValue> | undefined,
  used: readonly string[],
): OutcomePort[] {
  const offered = nodeOutcomes(descriptor, inputs);
  const ports: OutcomePort[] = offered.filter((o) => o !== failedOutcome).map((name) => ({ name, orphaned: false, failure: false }));
  for (const name of new Set(used)) {
    if (name && name !== failedOutcome && !offered.includes(name)) ports.push({ name, orphaned: true, failure: false });
  }
  ports.push({ name: failedOutcome, orphaned: false, failure: true });
  return ports;
}

export function outcomePorts(node: EditorNode, descriptor: ActivityDescriptor | undefined, edges: readonly EditorEdge[]): OutcomePort[] {
  return outcomePortsFrom(node.type === 'unknown' ? undefined : descriptor, node.data.model.inputs, usedOutcomes(node.id, edges));
}
