import type { NodeProps } from '@xyflow/react';
import { ActivityNodeView } from './activity-node-view';
import type { ActionNode as ActionNodeType } from './node-types';

export function ActionNode(props: NodeProps<ActionNodeType>) {
  return <ActivityNodeView node={{ id: props.id, type: 'action', data: props.data, position: { x: props.positionAbsoluteX, y: props.positionAbsoluteY }, selected: props.selected }} acceptsConnections />;
}
