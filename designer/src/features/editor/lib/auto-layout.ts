import type { ElkNode } from 'elkjs/lib/elk-api';
import type { Position } from '@/types/workflow';
import type { EditorEdge, EditorNode } from '../components/nodes/node-types';

const defaultWidth = 220;
const headerHeight = 64;
const portRow = 30;

/**
 * Lays the flowchart out left to right with ELK's layered algorithm, keeping each node's outcome
 * ports in their drawn order. elkjs is loaded only when asked: it is large and rarely needed.
 */
export async function computeAutoLayout(nodes: readonly EditorNode[], edges: readonly EditorEdge[], outcomesOf: (node: EditorNode) => string[]): Promise<Record<string, Position>> {
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  const elk = new ELK();
  const ids = new Set(nodes.map((n) => n.id));
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.layered.spacing.nodeNodeBetweenLayers': '90',
      'elk.spacing.nodeNode': '50',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    },
    children: nodes.map((node) => {
      const outcomes = outcomesOf(node);
      const width = node.measured?.width ?? defaultWidth;
      const height = node.measured?.height ?? headerHeight + portRow * Math.max(1, outcomes.length);
      return {
        id: node.id,
        width,
        height,
        layoutOptions: { 'elk.portConstraints': 'FIXED_ORDER' },
        ports: [
          { id: `${node.id}::in`, width: 1, height: 1, layoutOptions: { 'elk.port.side': 'WEST' } },
          ...outcomes.map((outcome, index) => ({
            id: `${node.id}::out::${outcome}`,
            width: 1,
            height: 1,
            layoutOptions: { 'elk.port.side': 'EAST', 'elk.port.index': String(outcomes.length - index) },
          })),
        ],
      };
    }),
    edges: edges.filter((edge) => ids.has(edge.source) && ids.has(edge.target)).map((edge) => ({
      id: edge.id,
      sources: [outcomesOf(nodes.find((n) => n.id === edge.source) as EditorNode).includes(edge.sourceHandle ?? '') ? `${edge.source}::out::${edge.sourceHandle}` : edge.source],
      targets: [`${edge.target}::in`],
    })),
  };
  const result = await elk.layout(graph);
  const positions: Record<string, Position> = {};
  for (const child of result.children ?? []) positions[child.id] = { x: Math.round(child.x ?? 0), y: Math.round(child.y ?? 0) };
  return positions;
}
