/** Any JSON value. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export type InputMode = 'literal' | 'expression';

/** A node input: a literal JSON value or a JavaScript expression. */
export type NodeInputValue =
  | { mode: 'literal'; value: JsonValue; [extra: string]: unknown }
  | { mode: 'expression'; value: string; [extra: string]: unknown };

export interface Position {
  x: number;
  y: number;
}

/** A node of the flowchart. Fields this designer does not know are kept as they are. */
export interface WorkflowNode {
  id: string;
  type: string;
  displayName?: string;
  description?: string;
  position?: Position;
  inputs?: Record<string, NodeInputValue>;
  outputBindings?: Record<string, string>;
  [extra: string]: unknown;
}

export interface WorkflowConnection {
  source: string;
  outcome: string;
  target: string;
  [extra: string]: unknown;
}

export type VariableType = 'string' | 'number' | 'boolean' | 'object' | 'array' | 'any';

export interface WorkflowVariable {
  name: string;
  type: VariableType | string;
  default?: JsonValue;
  [extra: string]: unknown;
}

export interface WorkflowField {
  name: string;
  type: string;
  description?: string;
  required?: boolean;
  [extra: string]: unknown;
}

/** The workflow's own fields: everything in the file but its nodes and connections. */
export interface WorkflowHeader {
  schemaVersion: number;
  definitionId: string;
  version?: number;
  name: string;
  description?: string;
  variables?: WorkflowVariable[];
  inputs?: WorkflowField[];
  outputs?: WorkflowField[];
  [extra: string]: unknown;
}

/** The workflow file (docs/workflow-format.md). */
export interface WorkflowDocument extends WorkflowHeader {
  nodes: WorkflowNode[];
  connections: WorkflowConnection[];
}

export type VersionState = 'draft' | 'published' | 'archived';

/** A definition version as the API answers it: the document plus version metadata. */
export interface WorkflowDefinition extends WorkflowDocument {
  version: number;
  state: VersionState;
  revision: number;
  createdAt: string;
  updatedAt: string;
  publishedAt?: string | null;
  versionNote?: string | null;
}

export interface WorkflowSummary {
  definitionId: string;
  name: string;
  description?: string | null;
  latestVersion: number;
  publishedVersion?: number | null;
  hasDraft: boolean;
  updatedAt: string;
  nodeCount: number;
}

export interface WorkflowVersionSummary {
  version: number;
  state: VersionState;
  revision: number;
  createdAt: string;
  updatedAt: string;
  publishedAt?: string | null;
  versionNote?: string | null;
}

/** The names of the metadata fields the server adds to a stored definition. */
export const definitionMetadataFields = ['state', 'revision', 'createdAt', 'updatedAt', 'publishedAt', 'versionNote'] as const;
