import type { NodeTypes } from '@xyflow/react';
import { ActionNode } from './action-node';
import type { EditorNodeType } from './node-types';
import { TriggerNode } from './trigger-node';
import { UnknownNode } from './unknown-node';

/** One component per node type of the `EditorNode` union; adding a type without a component fails to compile. */
export const nodeTypes = {
  trigger: TriggerNode,
  action: ActionNode,
  unknown: UnknownNode,
} satisfies Record<EditorNodeType, NodeTypes[string]>;
