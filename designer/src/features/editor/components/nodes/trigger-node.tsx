import type { NodeProps } from '@xyflow/react';
import { ActivityNodeView } from './activity-node-view';
import type { TriggerNode as TriggerNodeType } from './node-types';

/** A start node: nothing connects into it. */
export function TriggerNode(props: NodeProps<TriggerNodeType>) {
  return <ActivityNodeView node={{ id: props.id, type: 'trigger', data: props.data, position: { x: props.positionAbsoluteX, y: props.positionAbsoluteY }, selected: props.selected }} acceptsConnections={false} />;
}
