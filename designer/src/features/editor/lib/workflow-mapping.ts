import type { ActivityDescriptor } from '@/types/activity';
import { definitionMetadataFields, type WorkflowConnection, type WorkflowDefinition, type WorkflowDocument, type WorkflowHeader, type WorkflowNode } from '@/types/workflow';
import { targetHandleId, type EditorEdge, type EditorNode } from '../components/nodes/node-types';

/** The workflow's own fields: everything but nodes, connections and the server's version metadata. */
export type WorkflowMeta = WorkflowHeader;

export interface VersionInfo {
  version: number;
  revision: number;
  state: WorkflowDefinition['state'];
}

export type DescriptorMap = ReadonlyMap<string, ActivityDescriptor>;

export const toDescriptorMap = (descriptors: readonly ActivityDescriptor[]): DescriptorMap =>
  new Map(descriptors.map((d) => [d.typeName, d]));

export const edgeId = (connection: Pick<WorkflowConnection, 'source' | 'outcome' | 'target'>) =>
  `${connection.source}:${connection.outcome}->${connection.target}`;

const column = 280;

/** Makes the canvas node for a workflow node; the registry's `type` follows from its descriptor. */
export function toEditorNode(model: WorkflowNode, descriptor: ActivityDescriptor | undefined, index = 0): EditorNode {
  const position = model.position ?? { x: index * column, y: 0 };
  const id = model.id;
  if (!descriptor) return { id, type: 'unknown', position, data: { model, reason: 'unknown-activity' } };
  if (descriptor.kind === 'trigger') return { id, type: 'trigger', position, data: { model } };
  return { id, type: 'action', position, data: { model, blocking: Boolean(descriptor.isBlocking) } };
}

export function toEditorEdge(connection: WorkflowConnection): EditorEdge {
  return {
    id: edgeId(connection),
    source: connection.source,
    sourceHandle: connection.outcome,
    target: connection.target,
    targetHandle: targetHandleId,
    data: { connection },
  };
}

export interface LoadedWorkflow {
  meta: WorkflowMeta;
  versionInfo: VersionInfo | null;
  nodes: EditorNode[];
  edges: EditorEdge[];
}

/** Splits a definition into what the canvas edits; `toDocument` puts it back together unchanged. */
export function loadWorkflow(definition: WorkflowDocument | WorkflowDefinition, descriptors: DescriptorMap): LoadedWorkflow {
  const { nodes = [], connections = [], ...rest } = definition;
  const versionInfo =
    typeof rest.revision === 'number' && typeof rest.version === 'number'
      ? { version: rest.version, revision: rest.revision, state: rest.state as VersionInfo['state'] }
      : null;
  const serverFields: readonly string[] = definitionMetadataFields;
  const meta = Object.fromEntries(Object.entries(rest).filter(([field]) => !serverFields.includes(field)));
  const seen = new Set<string>();
  return {
    meta: meta as WorkflowMeta,
    versionInfo,
    nodes: nodes.map((node, index) => toEditorNode(node, descriptors.get(node.type), index)),
    // Two identical connections are one edge on the canvas; the duplicate carries no meaning.
    edges: connections
      .filter((c) => {
        const id = edgeId(c);
        if (seen.has(id)) return false;
        seen.add(id);
        return true;
      })
      .map(toEditorEdge),
  };
}

export function toDocument(meta: WorkflowMeta, nodes: readonly EditorNode[], edges: readonly EditorEdge[]): WorkflowDocument {
  return {
    ...meta,
    nodes: nodes.map((node) => ({ ...node.data.model, position: { x: Math.round(node.position.x), y: Math.round(node.position.y) } })),
    connections: edges.map((edge) => edge.data?.connection ?? { source: edge.source, outcome: edge.sourceHandle ?? '', target: edge.target }),
  };
}
