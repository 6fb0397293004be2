import type { NodeProps } from '@xyflow/react';
import { ActivityNodeView } from './activity-node-view';
import type { UnknownNode as UnknownNodeType } from './node-types';

/** A node of an activity type the server does not know: drawn with a warning, saved unchanged. */
export function UnknownNode(props: NodeProps<UnknownNodeType>) {
  return <ActivityNodeView node={{ id: props.id, type: 'unknown', data: props.data, position: { x: props.positionAbsoluteX, y: props.positionAbsoluteY }, selected: props.selected }} acceptsConnections />;
}
