import type { Edge, Node } from '@xyflow/react';
import type { WorkflowConnection, WorkflowNode } from '@/types/workflow';

/**
 * The canvas keeps each workflow node's JSON as it came (unknown fields included) in `model`;
 * the canvas position is the node's own `position` and is written back on save.
 */
export type TriggerNodeData = { model: WorkflowNode };
/** An activity that runs when a connection reaches it. */
export type ActionNodeData = { model: WorkflowNode; blocking: boolean };
/** A node whose activity type the server does not describe: kept and shown, never dropped. */
export type UnknownNodeData = { model: WorkflowNode; reason: 'unknown-activity' };

export type TriggerNode = Node<TriggerNodeData, 'trigger'>;
export type ActionNode = Node<ActionNodeData, 'action'>;
export type UnknownNode = Node<UnknownNodeData, 'unknown'>;

/** Every node the canvas draws: a discriminated union on `type`. */
export type EditorNode = TriggerNode | ActionNode | UnknownNode;
export type EditorNodeType = EditorNode['type'];

export type ConnectionEdgeData = { connection: WorkflowConnection };
export type EditorEdge = Edge<ConnectionEdgeData>;

/** The id of the handle every node (but a trigger) receives connections on. */
export const targetHandleId = 'in';
