import type { JsonValue } from './workflow';

export type InstanceStatus = 'Running' | 'Suspended' | 'Finished';
export type InstanceSubStatus = 'Executing' | 'Suspended' | 'Completed' | 'Faulted' | 'Cancelled';

export interface InstanceSummary {
  id: string;
  definitionId: string;
  version: number;
  name?: string | null;
  status: InstanceStatus;
  subStatus: InstanceSubStatus;
  correlationId?: string | null;
  createdAt: string;
  updatedAt: string;
  finishedAt?: string | null;
  incidentCount: number;
}

export interface JournalEntry {
  sequence: number;
  nodeId: string;
  activityType: string;
  /** `Finished` marks the node that ended the instance (Finish). */
  event: 'Completed' | 'Finished' | 'Faulted' | 'Suspended' | 'Resumed' | string;
  outcomes?: string[] | null;
  startedAt: string;
  durationMs?: number | null;
  inputs?: Record<string, JsonValue> | null;
  outputs?: Record<string, JsonValue> | null;
  message?: string | null;
}

export interface Incident {
  id: string;
  nodeId: string;
  activityType: string;
  exceptionType?: string | null;
  message: string;
  timestamp: string;
}

export interface Bookmark {
  id: string;
  nodeId: string;
  activityType: string;
  name?: string | null;
  resumeAt?: string | null;
}

export interface WorkflowInstance extends InstanceSummary {
  input?: JsonValue;
  output?: JsonValue;
  variables?: Record<string, JsonValue> | null;
  bookmarks?: Bookmark[] | null;
  journal?: JournalEntry[] | null;
  incidents?: Incident[] | null;
}

/** What `execute` answers. */
export interface ExecuteResult {
  instanceId: string;
  status: InstanceStatus;
  subStatus?: InstanceSubStatus;
  output?: JsonValue;
  incidents?: Incident[] | null;
}
